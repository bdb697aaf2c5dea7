// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.Core;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Get-KandyVersion: versions of the module, the engine and the SDK they follow.</summary>
[Cmdlet(VerbsCommon.Get, "KandyVersion")]
[OutputType(typeof(KandyVersion))]
public sealed class GetKandyVersionCommand : KandyCmdlet
{
    /// <inheritdoc />
    protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var module = typeof(GetKandyVersionCommand).Assembly.GetName().Version ?? new Version(0, 0);
        var engine = typeof(KandyClient).Assembly.GetName().Version ?? new Version(0, 0);
        Emit(new KandyVersion(module, engine, KandyClient.SdkVersion, PowerShellInfo.Version(SessionState), Environment.Version));
        return Task.CompletedTask;
    }
}
