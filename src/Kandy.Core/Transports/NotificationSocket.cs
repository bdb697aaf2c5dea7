// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net.WebSockets;
using System.Text;
using Kandy.Core.Configuration;
using Kandy.Core.Connectivity;
using Kandy.Core.Events;
using Kandy.Core.Logging;
using Microsoft.Extensions.Logging;

namespace Kandy.Core.Transports;

/// <summary>
/// The notification WebSocket (01-session.md §7): connect cycles with the SDK's back-off, connectivity checks,
/// reconnection after a drop, and the <c>ws:change</c> announcements. Notification frames go to <see cref="FrameReceived"/>.
/// </summary>
/// <remarks>
/// Built on <see cref="ClientWebSocket"/> rather than Websocket.Client: the SDK's cycle races every open against a
/// growing timeout and waits on <see cref="TimeProvider"/>, and it must tell a 1000 close from other closes; the
/// package's own reconnect timers cannot be driven by a <see cref="TimeProvider"/> nor shaped that way.
/// </remarks>
internal sealed partial class NotificationSocket : IAsyncDisposable
{
    private static readonly TimeSpan ServerPingDefault = TimeSpan.FromMilliseconds(120000);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly object gate = new();
    private readonly Func<KandyClientOptions> options;
    private readonly ISessionEvents events;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly CancellationTokenSource lifetime = new();

    private KandyConnectionState state;
    private Func<Uri>? urlFactory;
    private Live? live;
    private CancellationTokenSource? cycle;
    private Uri? shownUri;
    private DateTimeOffset? lastContact;
    private bool? checkingOverride;
    private long droppedFrames;

    public NotificationSocket(Func<KandyClientOptions> options, ISessionEvents events, ILoggerFactory loggers)
    {
        this.options = options;
        this.events = events;
        clock = options().TimeProvider;
        logger = loggers.CreateLogger(LogCategories.Connectivity);
    }

    /// <summary>A notification frame (JSON text that is neither <c>connCheck</c> nor <c>connAck</c>).</summary>
    public event Action<string>? FrameReceived;

    /// <summary>Raised when a socket opened (true) or a client-initiated close finished (false): the WebSocket notification gate.</summary>
    public event Action<bool>? GateChanged;

    /// <summary>The socket ended and will not come back (server close 1000, failed reconnect cycle, or no auto-reconnect).</summary>
    public event Action? Ended;

    /// <summary>Raised at the start of every connect attempt, for diagnostics and tests.</summary>
    public event Action<int>? AttemptStarted;

    public KandyConnectionState State
    {
        get
        {
            lock (gate)
            {
                return state;
            }
        }
    }

    /// <summary>Gets how many inbound frames were dropped as malformed.</summary>
    public long DroppedFrames => Interlocked.Read(ref droppedFrames);

    /// <summary>Runs the first connect cycle of a subscription.</summary>
    /// <returns>Null once open; otherwise the <c>subscription:1</c> error.</returns>
    public async Task<KandyException?> ConnectAsync(Func<Uri> url, CancellationToken cancellationToken)
    {
        CancellationTokenSource run;
        lock (gate)
        {
            urlFactory = url;
            run = NewCycle();
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(run.Token, cancellationToken);
        ChangeState(KandyConnectionState.Connecting, announce: true);
        return await RunCycleAsync(linked.Token).ConfigureAwait(false);
    }

    /// <summary>Closes the socket at the client's request (unsubscribe, gone, overridden).</summary>
    public async Task CloseAsync()
    {
        Live? closing;
        bool wasActive;
        lock (gate)
        {
            cycle?.Cancel();
            cycle = null;
            closing = live;
            live = null;
            checkingOverride = null;
            wasActive = state != KandyConnectionState.Disconnected || closing is not null;
        }

        if (closing is not null)
        {
            await closing.CloseAsync(clock).ConfigureAwait(false);
        }

        ChangeState(KandyConnectionState.Disconnected, announce: wasActive);
        GateChanged?.Invoke(false);
    }

    /// <summary>The SDK's <c>resetConnection</c>: a connected socket is declared lost (and reopened with auto-reconnect).</summary>
    public void Reset()
    {
        Live? current;
        lock (gate)
        {
            current = state == KandyConnectionState.Connected ? live : null;
        }

        if (current is not null)
        {
            OnEnded(current, SocketEnd.Lost);
        }
    }

    public void EnableConnectivityChecking(bool enable)
    {
        lock (gate)
        {
            checkingOverride = enable;
        }
    }

    public KandyConnectionInfo Snapshot(bool notificationsEnabled)
    {
        var settings = options().Connectivity;
        lock (gate)
        {
            return new KandyConnectionInfo
            {
                State = state,
                Method = settings.Method,
                PingInterval = settings.PingInterval,
                ReconnectLimit = settings.ReconnectLimit,
                ReconnectDelay = settings.ReconnectDelay,
                ReconnectTimeMultiplier = settings.ReconnectTimeMultiplier,
                ReconnectTimeLimit = settings.ReconnectTimeLimit,
                AutoReconnect = settings.AutoReconnect,
                MaxMissedPings = settings.MaxMissedPings,
                WebSocketOAuthMode = settings.WebSocketOAuthMode,
                ConnectivityChecking = checkingOverride ?? settings.CheckConnectivity,
                WebSocketNotificationsEnabled = notificationsEnabled,
                Uri = shownUri,
                LastContact = lastContact,
            };
        }
    }

    public async ValueTask DisposeAsync()
    {
        await lifetime.CancelAsync().ConfigureAwait(false);
        Live? current;
        lock (gate)
        {
            current = live;
            live = null;
        }

        current?.Abort();
        lifetime.Dispose();
    }

    private CancellationTokenSource NewCycle()
    {
        cycle?.Cancel();
        cycle = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
        return cycle;
    }

    private bool Checking(KandyConnectivityOptions settings)
    {
        lock (gate)
        {
            return checkingOverride ?? settings.CheckConnectivity;
        }
    }

    private void ChangeState(KandyConnectionState next, bool announce)
    {
        KandyConnectionState previous;
        lock (gate)
        {
            previous = state;
            state = next;
        }

        if (announce)
        {
            Log.SocketStateChanged(logger, previous, next);
            events.ConnectionStateChanged(previous, next);
        }
    }

    /// <summary>One connect cycle of §7.2.</summary>
    private async Task<KandyException?> RunCycleAsync(CancellationToken cancellationToken)
    {
        var settings = options().Connectivity;
        var schedule = new ReconnectSchedule(settings);
        while (true)
        {
            var uri = urlFactory!();
            lock (gate)
            {
                shownUri = new UriBuilder(uri) { Query = string.Empty }.Uri;
            }

            AttemptStarted?.Invoke(schedule.Attempts + 1);
            Log.SocketAttempt(logger, schedule.Attempts + 1, shownUri!.ToString(), schedule.Delay.TotalMilliseconds);
            var started = clock.GetTimestamp();
            var (socket, timedOut, error) = await OpenAsync(uri, schedule.Delay, cancellationToken).ConfigureAwait(false);
            if (socket is not null)
            {
                Attach(socket);
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            Log.SocketAttemptFailed(logger, schedule.Attempts + 1, timedOut, error?.Message ?? "timeout");
            var wait = schedule.Failed(timedOut, clock.GetElapsedTime(started));
            if (wait is null)
            {
                lock (gate)
                {
                    state = KandyConnectionState.Disconnected;
                }

                return new KandyException(KandyErrorCode.WebSocketConnectionError, schedule.FailureMessage(timedOut), innerException: error);
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait.Value, clock, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<(ClientWebSocket? Socket, bool TimedOut, Exception? Error)> OpenAsync(Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        if (options().ServerCertificateValidationCallback is { } validate)
        {
            socket.Options.RemoteCertificateValidationCallback = validate;
        }

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var open = socket.ConnectAsync(uri, attempt.Token);
        var expiry = Task.Delay(timeout, clock, timer.Token);
        var first = await Task.WhenAny(open, expiry).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        if (first == open && open.IsCompletedSuccessfully)
        {
            return (socket, false, null);
        }

        // The SDK leaves a timed-out socket to finish on its own; an abandoned handshake is aborted here instead.
        await attempt.CancelAsync().ConfigureAwait(false);
        Exception? error = null;
        try
        {
            await open.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or HttpRequestException or IOException)
        {
            error = ex;
        }

        socket.Dispose();
        return (null, first != open, error);
    }

    private void Attach(ClientWebSocket socket)
    {
        var current = new Live(socket, CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token), clock.GetUtcNow())
        {
            LastCheck = clock.GetTimestamp(),
        };
        lock (gate)
        {
            live = current;
            lastContact = current.Opened;
            cycle = null;
        }

        ChangeState(KandyConnectionState.Connected, announce: true);
        GateChanged?.Invoke(true);
        _ = Task.Run(() => ReceiveLoopAsync(current));
        _ = Task.Run(() => CheckLoopAsync(current));
    }

    /// <summary>Applies the rules of §7.3 when a socket stops without the client asking.</summary>
    private void OnEnded(Live ended, SocketEnd why)
    {
        lock (gate)
        {
            if (!ReferenceEquals(live, ended))
            {
                return;
            }

            live = null;
        }

        ended.Abort();
        Log.SocketEnded(logger, why);
        var settings = options().Connectivity;
        var reconnect = why != SocketEnd.ServerClosedNormally && settings.AutoReconnect;
        if (why == SocketEnd.Lost)
        {
            ChangeState(reconnect ? KandyConnectionState.Reconnecting : KandyConnectionState.Disconnected, announce: true);
        }

        if (!reconnect)
        {
            ChangeState(KandyConnectionState.Disconnected, announce: false);
            Ended?.Invoke();
            return;
        }

        CancellationTokenSource run;
        lock (gate)
        {
            run = NewCycle();
        }

        _ = Task.Run(() => ReconnectAsync(run.Token));
    }

    private async Task ReconnectAsync(CancellationToken cancellationToken)
    {
        ChangeState(KandyConnectionState.Reconnecting, announce: true);
        KandyException? failure;
        try
        {
            failure = await RunCycleAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (failure is not null)
        {
            Log.ReconnectFailed(logger, failure.Message);
            Ended?.Invoke();
        }
    }

    private async Task ReceiveLoopAsync(Live current)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            ValueWebSocketReceiveResult received;
            try
            {
                received = await current.Socket.ReceiveAsync(buffer.AsMemory(), current.Stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
            {
                Log.SocketReceiveFailed(logger, ex.Message);
                OnEnded(current, SocketEnd.Dropped);
                return;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                var status = current.Socket.CloseStatus;
                Log.SocketClosedByServer(logger, (int?)status ?? 1005);
                OnEnded(current, status == WebSocketCloseStatus.NormalClosure ? SocketEnd.ServerClosedNormally : SocketEnd.Dropped);
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            var text = received.MessageType == WebSocketMessageType.Text ? Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length) : null;
            message.SetLength(0);
            if (text is null)
            {
                DropFrame("binary frame");
                continue;
            }

            await HandleFrameAsync(current, text).ConfigureAwait(false);
        }
    }
}
