// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Disconnect-Kandy: unsubscribes, closes the WebSocket and ends the session.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "Kandy", SupportsShouldProcess = true)]
[OutputType(typeof(KandySession))]
public sealed class DisconnectKandyCommand : KandySessionCmdlet
{
    /// <summary>Write the closed session to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessSessionAsync(CancellationToken cancellationToken)
    {
        if (!await ShouldProcessAsync(CurrentSession.ToString(), "Disconnect").ConfigureAwait(false))
        {
            return;
        }

        await CurrentSession.CloseAsync(cancellationToken).ConfigureAwait(false);
        if (PassThru)
        {
            Emit(CurrentSession);
        }
    }
}
