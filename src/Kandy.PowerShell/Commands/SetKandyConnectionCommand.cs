// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Set-KandyConnection: turns connectivity checking and WebSocket notifications on or off.</summary>
[Cmdlet(VerbsCommon.Set, "KandyConnection", SupportsShouldProcess = true)]
[OutputType(typeof(KandyConnection))]
public sealed class SetKandyConnectionCommand : KandySessionCmdlet
{
    /// <summary>Send keepalive messages on the WebSocket.</summary>
    [Parameter]
    public bool? ConnectivityChecking { get; set; }

    /// <summary>Receive notifications over the WebSocket.</summary>
    [Parameter]
    public bool? WebSocketNotifications { get; set; }

    /// <summary>Write the connection to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessSessionAsync(CancellationToken cancellationToken)
    {
        var client = CurrentSession.Client;
        if (ConnectivityChecking is { } check
            && await ShouldProcessAsync(CurrentSession.ToString(), $"Set connectivity checking to {check}").ConfigureAwait(false))
        {
            client.EnableConnectivityChecking(check);
        }

        if (WebSocketNotifications is { } notify
            && await ShouldProcessAsync(CurrentSession.ToString(), $"Set WebSocket notifications to {notify}").ConfigureAwait(false))
        {
            client.EnableWebSocketNotifications(notify);
        }

        if (PassThru)
        {
            Emit(new KandyConnection(CurrentSession, client.GetConnection()));
        }
    }
}
