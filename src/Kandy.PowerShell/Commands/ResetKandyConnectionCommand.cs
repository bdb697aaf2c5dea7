// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Reset-KandyConnection: closes the notification WebSocket and opens it again.</summary>
[Cmdlet(VerbsCommon.Reset, "KandyConnection", SupportsShouldProcess = true)]
[OutputType(typeof(KandyConnection))]
public sealed class ResetKandyConnectionCommand : KandySessionCmdlet
{
    /// <summary>Write the connection to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessSessionAsync(CancellationToken cancellationToken)
    {
        if (!await ShouldProcessAsync(CurrentSession.ToString(), "Reset the notification WebSocket").ConfigureAwait(false))
        {
            return;
        }

        CurrentSession.Client.ResetConnection();
        if (PassThru)
        {
            Emit(new KandyConnection(CurrentSession, CurrentSession.Client.GetConnection()));
        }
    }
}
