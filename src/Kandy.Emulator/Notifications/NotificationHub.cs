// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Kandy.Emulator.Logging;
using Kandy.Emulator.Push;

namespace Kandy.Emulator.Notifications;

/// <summary>Tracks the open notification socket of every channel and fans notifications out to them.</summary>
internal sealed class NotificationHub(NotificationFactory factory, ConnectivitySettings connectivity, PushOutbox push, TimeProvider time, ILogger<NotificationHub> logger)
{
    private readonly ConcurrentDictionary<string, SocketSession> sockets = new(StringComparer.Ordinal);
    private long droppedFrames;

    public NotificationFactory Factory => factory;

    public int OpenSockets => sockets.Count;

    /// <summary>Gets how many malformed inbound frames were dropped, on open and closed sockets.</summary>
    public long DroppedFrames => Interlocked.Read(ref droppedFrames) + sockets.Values.Sum(s => s.DroppedFrames);

    /// <summary>Serves one accepted socket until it ends. A newer socket on the same channel overrides this one (01-session.md §7.7).</summary>
    public async Task RunAsync(WebSocket socket, string userName, string channelId, CancellationToken cancellationToken)
    {
        var session = new SocketSession(socket, userName, channelId, time, connectivity, logger);
        if (sockets.TryGetValue(channelId, out var older) && older.IsOpen)
        {
            older.Send(factory.WebSocketOverridden());
            older.Close(WebSocketCloseStatus.NormalClosure, "overridden");
        }

        sockets[channelId] = session;
        Log.SocketOpened(logger, userName, channelId);
        try
        {
            await session.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sockets.TryRemove(new KeyValuePair<string, SocketSession>(channelId, session));
            Interlocked.Add(ref droppedFrames, session.DroppedFrames);
            Log.SocketClosed(logger, userName, channelId);
        }
    }

    /// <summary>Sends one frame on the channel's open socket; returns whether a socket took it.</summary>
    public bool SendToChannel(string channelId, string text) =>
        sockets.TryGetValue(channelId, out var session) && session.Send(text);

    /// <summary>Sends one frame to every open socket of a user (and to its push outbox); returns how many sockets took it.</summary>
    public int SendToUser(string userName, string text)
    {
        push.Offer(userName, text);
        var utf8 = Encoding.UTF8.GetBytes(text);
        return Matching(userName).Count(session => session.Send(utf8));
    }

    /// <summary>Sends one frame to every open socket; returns how many took it.</summary>
    public int Broadcast(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        return sockets.Values.Count(session => session.Send(utf8));
    }

    /// <summary>Sends a final frame (gone, overridden) and closes with 1000 so the SDK does not reconnect.</summary>
    public void Terminate(string channelId, string finalFrame)
    {
        if (sockets.TryGetValue(channelId, out var session))
        {
            session.Send(finalFrame);
            session.Close(WebSocketCloseStatus.NormalClosure, "subscription ended");
        }
    }

    /// <summary>Closes a channel's socket with 1000 and no final frame.</summary>
    public void CloseChannel(string channelId)
    {
        if (sockets.TryGetValue(channelId, out var session))
        {
            session.Close(WebSocketCloseStatus.NormalClosure, "unsubscribed");
        }
    }

    /// <summary>Drops a user's sockets: aborted without close frame, or closed with the given code.</summary>
    public int Drop(string? userName, int? closeCode)
    {
        var dropped = 0;
        foreach (var session in userName is null ? sockets.Values.ToList() : Matching(userName))
        {
            if (closeCode is { } code)
            {
                session.Close((WebSocketCloseStatus)code, "dropped by control API");
            }
            else
            {
                session.Abort();
            }

            dropped++;
        }

        return dropped;
    }

    public int CountForChannel(string channelId) => sockets.TryGetValue(channelId, out var session) && session.IsOpen ? 1 : 0;

    private List<SocketSession> Matching(string userName) =>
        sockets.Values.Where(s => string.Equals(s.UserName, userName, StringComparison.OrdinalIgnoreCase)).ToList();
}
