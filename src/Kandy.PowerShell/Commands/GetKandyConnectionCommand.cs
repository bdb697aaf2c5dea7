// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Get-KandyConnection: the state and settings of a session's notification WebSocket.</summary>
[Cmdlet(VerbsCommon.Get, "KandyConnection")]
[OutputType(typeof(KandyConnection))]
public sealed class GetKandyConnectionCommand : KandySessionCmdlet
{
    /// <inheritdoc />
    protected override Task ProcessSessionAsync(CancellationToken cancellationToken)
    {
        Emit(new KandyConnection(CurrentSession, CurrentSession.Client.GetConnection()));
        return Task.CompletedTask;
    }
}
