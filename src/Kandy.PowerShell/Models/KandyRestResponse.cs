// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections;

namespace Kandy.PowerShell.Models;

/// <summary>A raw answer of Invoke-KandyRestMethod -Raw.</summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="ReasonPhrase">HTTP reason phrase.</param>
/// <param name="ContentType">Content type of the body.</param>
/// <param name="Headers">Response headers (name → values joined with a comma).</param>
/// <param name="Content">The body as text.</param>
public sealed record KandyRestResponse(int StatusCode, string ReasonPhrase, string? ContentType, Hashtable Headers, string Content);
