// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.PowerShell.Models;

/// <summary>What the module runs on (Get-KandyEnvironment, the SDK's <c>getBrowserDetails</c>).</summary>
/// <param name="Runtime">The .NET runtime description.</param>
/// <param name="OperatingSystem">The operating system description.</param>
/// <param name="OSArchitecture">The machine's architecture.</param>
/// <param name="ProcessArchitecture">The process's architecture.</param>
/// <param name="PowerShellVersion">The running PowerShell.</param>
/// <param name="PSEdition">Core or Desktop.</param>
/// <param name="ModulePath">Folder the module was loaded from.</param>
/// <param name="EmulatorAvailable">Whether the built-in emulator is present (Start-KandyEmulator).</param>
/// <param name="WebRtcAvailable">Whether the media stack (calls with audio) is present.</param>
public sealed record KandyEnvironment(
    string Runtime,
    string OperatingSystem,
    string OSArchitecture,
    string ProcessArchitecture,
    Version PowerShellVersion,
    string PSEdition,
    string ModulePath,
    bool EmulatorAvailable,
    bool WebRtcAvailable);
