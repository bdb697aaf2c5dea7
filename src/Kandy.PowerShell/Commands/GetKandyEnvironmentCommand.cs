// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using System.Runtime.InteropServices;
using Kandy.PowerShell.Loading;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Get-KandyEnvironment: the runtime, platform and media capabilities the module runs with.</summary>
[Cmdlet(VerbsCommon.Get, "KandyEnvironment")]
[OutputType(typeof(KandyEnvironment))]
public sealed class GetKandyEnvironmentCommand : KandyCmdlet
{
    /// <inheritdoc />
    protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var root = ModuleLoader.ModuleRoot;
        Emit(new KandyEnvironment(
            RuntimeInformation.FrameworkDescription,
            RuntimeInformation.OSDescription,
            RuntimeInformation.OSArchitecture.ToString(),
            RuntimeInformation.ProcessArchitecture.ToString(),
            PowerShellInfo.Version(SessionState),
            PowerShellInfo.Edition(SessionState),
            root,
            File.Exists(Path.Combine(root, "emulator", "Kandy.Emulator.dll")),
            File.Exists(Path.Combine(root, "dependencies", "Kandy.Media.dll"))));
        return Task.CompletedTask;
    }
}
