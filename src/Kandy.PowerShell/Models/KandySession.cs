// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core;
using Kandy.PowerShell.Eventing;
using Kandy.PowerShell.Logging;

namespace Kandy.PowerShell.Models;

/// <summary>A connection of one user to a Kandy Link server, as returned by Connect-Kandy.</summary>
public sealed class KandySession
{
    private static int lastId;
    private KandyEventForwarder? _forwarder;

    internal KandySession(KandyClient client, string userName, Uri server, PipelineLogSink sink, string? logPath, Guid runspaceId)
    {
        Id = Interlocked.Increment(ref lastId);
        Client = client;
        UserName = userName;
        Server = server;
        Sink = sink;
        LogPath = logPath;
        RunspaceId = runspaceId;
        ConnectedAt = DateTimeOffset.Now;
    }

    /// <summary>Number of the session in this process (1, 2, ...).</summary>
    public int Id { get; }

    /// <summary>The user this session belongs to.</summary>
    public string UserName { get; }

    /// <summary>The Kandy Link server.</summary>
    public Uri Server { get; }

    /// <summary>When Connect-Kandy opened the session.</summary>
    public DateTimeOffset ConnectedAt { get; }

    /// <summary>Whether the session is still open (Disconnect-Kandy not yet run).</summary>
    public bool IsOpen { get; private set; } = true;

    /// <summary>The services the server granted.</summary>
    public string[] Services => IsOpen ? [.. Client.GetSubscriptions().Subscribed] : [];

    /// <summary>State of the notification WebSocket.</summary>
    public KandyConnectionState ConnectionState =>
        IsOpen ? (KandyConnectionState)(int)Client.GetConnection().State : KandyConnectionState.Disconnected;

    /// <summary>The lowest log level the session records.</summary>
    public KandyLogLevel LogLevel => (KandyLogLevel)(int)Sink.Level;

    /// <summary>The file the session's log is appended to, if any.</summary>
    public string? LogPath { get; }

    /// <summary>The latest log lines written while no Kandy command was running (at most 1,000).</summary>
    public string[] RecentLog => Sink.Recent;

    internal KandyClient Client { get; }

    internal PipelineLogSink Sink { get; }

    internal Guid RunspaceId { get; }

    /// <inheritdoc />
    public override string ToString() => $"{UserName}@{Server.Authority} (#{Id})";

    /// <summary>Starts raising the session's SDK events in the given event manager.</summary>
    /// <param name="forwarder">The forwarder created for this session.</param>
    internal void Forward(KandyEventForwarder forwarder) => _forwarder = forwarder;

    /// <summary>Disconnects (best effort) and releases the engine, log file and event forwarding.</summary>
    /// <param name="cancellationToken">Cancels the server-side unsubscribe; local cleanup still happens.</param>
    /// <returns>A task that completes when the session is closed.</returns>
    internal async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (!IsOpen)
        {
            return;
        }

        IsOpen = false;
        SessionRegistry.Remove(this);
        try
        {
            await Client.DisconnectAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _forwarder?.Dispose();
            await Client.DisposeAsync().ConfigureAwait(false);
            Sink.Dispose();
        }
    }
}
