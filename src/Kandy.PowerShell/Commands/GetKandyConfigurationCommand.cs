// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Get-KandyConfiguration: a session's configuration (the SDK's getConfig).</summary>
[Cmdlet(VerbsCommon.Get, "KandyConfiguration")]
[OutputType(typeof(KandyConfiguration))]
public sealed class GetKandyConfigurationCommand : KandySessionCmdlet
{
    /// <inheritdoc />
    protected override Task ProcessSessionAsync(CancellationToken cancellationToken)
    {
        Emit(new KandyConfiguration(CurrentSession, CurrentSession.Client.GetOptions()));
        return Task.CompletedTask;
    }
}
