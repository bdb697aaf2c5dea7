// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;

namespace Kandy.Media.Sdp;

/// <summary>The shape of every attribute value parser, so sections can list typed attributes generically.</summary>
internal delegate bool SdpTryParse<T>(string? text, [NotNullWhen(true)] out T? value)
    where T : class;
