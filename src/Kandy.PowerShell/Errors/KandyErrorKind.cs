// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;

namespace Kandy.PowerShell.Errors;

/// <summary>A stable ErrorRecord id, its category and the advice shown with it.</summary>
/// <param name="Id">The ErrorId (the first part of FullyQualifiedErrorId); never changes between releases.</param>
/// <param name="Category">The PowerShell error category.</param>
/// <param name="RecommendedAction">What the user can do about it.</param>
internal sealed record KandyErrorKind(string Id, ErrorCategory Category, string RecommendedAction);
