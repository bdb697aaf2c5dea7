// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.PowerShell.Models;

/// <summary>Versions of the module, its engine and the Kandy SDK it follows (Get-KandyVersion).</summary>
/// <param name="ModuleVersion">Version of this module.</param>
/// <param name="EngineVersion">Version of Kandy.Core.</param>
/// <param name="SdkVersion">The Kandy Link JavaScript SDK version whose behaviour the engine follows.</param>
/// <param name="PowerShellVersion">The running PowerShell.</param>
/// <param name="RuntimeVersion">The running .NET.</param>
public sealed record KandyVersion(
    Version ModuleVersion,
    Version EngineVersion,
    string SdkVersion,
    Version PowerShellVersion,
    Version RuntimeVersion);
