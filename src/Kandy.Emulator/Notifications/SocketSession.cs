// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Kandy.Emulator.Logging;

namespace Kandy.Emulator.Notifications;

/// <summary>
/// One open notification socket: a single writer loop sends queued frames in order, a reader loop answers
/// connectivity checks (01-session.md §7.4) and an idle timer closes silent sockets with 1001.
/// </summary>
internal sealed class SocketSession
{
    private const int MaxFrameBytes = 1 << 20;
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly WebSocket socket;
    private readonly TimeProvider time;
    private readonly ConnectivitySettings connectivity;
    private readonly ILogger logger;
    private readonly Channel<Outgoing> outbox = Channel.CreateUnbounded<Outgoing>(new() { SingleReader = true });
    private long lastFrameTicks;
    private int closing;
    private ITimer? closeGrace;

    public SocketSession(WebSocket socket, string userName, string channelId, TimeProvider time, ConnectivitySettings connectivity, ILogger logger)
    {
        this.socket = socket;
        this.time = time;
        this.connectivity = connectivity;
        this.logger = logger;
        UserName = userName;
        ChannelId = channelId;
        lastFrameTicks = time.GetTimestamp();
    }

    public string UserName { get; }

    public string ChannelId { get; }

    public bool IsOpen => Volatile.Read(ref closing) == 0 && socket.State == WebSocketState.Open;

    /// <summary>Gets the number of inbound frames that were dropped as malformed.</summary>
    public int DroppedFrames { get; private set; }

    public bool Send(string text) => Send(Encoding.UTF8.GetBytes(text));

    /// <summary>Queues an already encoded text frame (encoded once when fanned out to many sockets).</summary>
    public bool Send(ReadOnlyMemory<byte> utf8) => IsOpen && outbox.Writer.TryWrite(new Outgoing(utf8, null));

    /// <summary>Queues a close frame after everything queued before it, then waits for the client's reply.</summary>
    public void Close(WebSocketCloseStatus status, string reason)
    {
        if (Interlocked.Exchange(ref closing, 1) == 0)
        {
            outbox.Writer.TryWrite(new Outgoing(ReadOnlyMemory<byte>.Empty, (status, reason)));
            outbox.Writer.TryComplete();

            // A client that never answers the close frame is cut off.
            closeGrace = time.CreateTimer(_ => Abort(), null, CloseGrace, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Ends the connection without a close frame, as a network failure would.</summary>
    public void Abort()
    {
        Interlocked.Exchange(ref closing, 1);
        outbox.Writer.TryComplete();
        socket.Abort();
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var idle = StartTimer(connectivity.IdleTimeout / 3, CheckIdle);
        using var ping = connectivity.ServerPingInterval is { } period ? StartTimer(period, () => Send(NotificationFactory.ConnCheck((int)period.TotalSeconds))) : null;
        var writer = WriteLoopAsync(cancellationToken);
        try
        {
            await ReadLoopAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            Log.SocketFailed(logger, ChannelId, ex.Message);
        }
        finally
        {
            Interlocked.Exchange(ref closing, 1);
            outbox.Writer.TryComplete();
            await writer.ConfigureAwait(false);
            closeGrace?.Dispose();
        }
    }

    private ITimer StartTimer(TimeSpan period, Action tick) => time.CreateTimer(_ => tick(), null, period, period);

    private void CheckIdle()
    {
        if (time.GetElapsedTime(Interlocked.Read(ref lastFrameTicks)) >= connectivity.IdleTimeout)
        {
            Log.SocketIdle(logger, ChannelId);
            Close(WebSocketCloseStatus.EndpointUnavailable, "idle");
        }
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                // The writer answers the client's close after anything already queued.
                Close(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, string.Empty);
                return;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxFrameBytes)
            {
                DroppedFrames++;
                Log.FrameDropped(logger, ChannelId, "too large");
                Close(WebSocketCloseStatus.MessageTooBig, "frame too large");
                return;
            }

            if (result.EndOfMessage)
            {
                Interlocked.Exchange(ref lastFrameTicks, time.GetTimestamp());
                HandleFrame(result.MessageType, buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }
    }

    private void HandleFrame(WebSocketMessageType type, ReadOnlySpan<byte> frame)
    {
        if (type != WebSocketMessageType.Text)
        {
            DroppedFrames++;
            Log.FrameDropped(logger, ChannelId, "binary frame");
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(frame.ToArray());
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("connCheck", out var check) && IsTruthy(check))
            {
                // Client ping-pong mode expects connAck; keepalive clients ignore it.
                Send(NotificationFactory.ConnAck);
            }

            // {"message_type":"ping"} and connAck replies need no answer: anything else would reach the
            // SDK's notification pipeline (01-session.md §7.7).
        }
        catch (JsonException)
        {
            DroppedFrames++;
            Log.FrameDropped(logger, ChannelId, "not JSON");
        }
    }

    private static bool IsTruthy(JsonElement value) => value.ValueKind is not (JsonValueKind.False or JsonValueKind.Null or JsonValueKind.Undefined);

    private async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in outbox.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (item.Close is null)
                {
                    await socket.SendAsync(item.Text, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var (status, reason) = item.Close!.Value;
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(status, reason, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            Log.SocketFailed(logger, ChannelId, ex.Message);
        }
    }

    private readonly record struct Outgoing(ReadOnlyMemory<byte> Text, (WebSocketCloseStatus Status, string Reason)? Close);
}
