// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Kandy.Core.Events;
using Kandy.Core.Logging;
using Kandy.Core.Rest;
using Microsoft.Extensions.Logging;

namespace Kandy.Core.Notifications;

/// <summary>
/// Processes notifications from the WebSocket and from push one at a time, in arrival order (01-session.md §8.4):
/// channel gate, SDP normalisation, push-only calls, de-duplication, then delivery to the handlers that features
/// registered and the <c>notification:received</c> event. Malformed input is counted, logged and dropped.
/// </summary>
internal sealed class NotificationIntake : IAsyncDisposable
{
    private readonly Channel<Item> queue = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, List<Handler>> byType = new(StringComparer.Ordinal);
    private readonly List<(Func<JsonObject, bool> Match, Handler Handle)> byShape = [];
    private readonly object handlersGate = new();
    private readonly DuplicateFilter duplicates = new();
    private readonly Func<KandyClientOptions> options;
    private readonly ISessionEvents events;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stop = new();
    private readonly Task pump;
    private volatile bool webSocketEnabled;
    private long dropped;
    private long duplicateCount;

    public NotificationIntake(Func<KandyClientOptions> options, ISessionEvents events, ILoggerFactory loggers)
    {
        this.options = options;
        this.events = events;
        logger = loggers.CreateLogger(LogCategories.Notifications);
        pump = Task.Run(PumpAsync);
    }

    /// <summary>A feature's handler of delivered notifications.</summary>
    public delegate Task Handler(KandyNotification notification, CancellationToken cancellationToken);

    /// <summary>Fetches a <c>url</c>-format SDP; set by the client once the request pipeline exists.</summary>
    public Func<string, CancellationToken, Task<string?>> SdpFetcher { get; set; } = (_, _) => Task.FromResult<string?>(null);

    public bool WebSocketEnabled => webSocketEnabled;

    /// <summary>Gets how many notifications were dropped as malformed.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>Gets how many notifications were dropped as duplicates.</summary>
    public long Duplicates => Interlocked.Read(ref duplicateCount);

    /// <summary>Delivers notifications of one <c>eventType</c> to <paramref name="handler"/> until the result is disposed.</summary>
    public IDisposable Register(string eventType, Handler handler)
    {
        lock (handlersGate)
        {
            if (!byType.TryGetValue(eventType, out var list))
            {
                byType[eventType] = list = [];
            }

            list.Add(handler);
        }

        return new Registration(() =>
        {
            lock (handlersGate)
            {
                byType[eventType].Remove(handler);
            }
        });
    }

    /// <summary>Delivers notifications whose <c>notificationMessage</c> matches <paramref name="match"/> (e.g. SIP events, recognised by a key).</summary>
    public IDisposable Register(Func<JsonObject, bool> match, Handler handler)
    {
        var entry = (match, handler);
        lock (handlersGate)
        {
            byShape.Add(entry);
        }

        return new Registration(() =>
        {
            lock (handlersGate)
            {
                byShape.Remove(entry);
            }
        });
    }

    /// <summary>Queues a WebSocket frame.</summary>
    public void Enqueue(string json) => queue.Writer.TryWrite(new Item(json, KandyNotificationChannel.WebSocket, null));

    /// <summary>
    /// Runs <paramref name="action"/> after every notification queued so far: a socket's end is handled after the
    /// frames it delivered (a <c>gone</c> followed by a 1000 close ends the subscription as GONE, not LOST_CONNECTION).
    /// </summary>
    public void After(Action action) => queue.Writer.TryWrite(new Item(string.Empty, KandyNotificationChannel.WebSocket, null, action));

    /// <summary>Processes a push-delivered notification (<c>notification.process</c>); completes once it was handled or dropped.</summary>
    public async Task ProcessAsync(string json, KandyNotificationChannel channel, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(new Item(json, channel, done)), this);

        await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets the WebSocket gate; <paramref name="announce"/> raises <c>notifications:change</c> (only the API call does).</summary>
    public void SetWebSocketEnabled(bool enabled, bool announce)
    {
        webSocketEnabled = enabled;
        if (announce)
        {
            events.NotificationsChanged(KandyNotificationChannel.WebSocket, enabled);
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await pump.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task PumpAsync()
    {
        await foreach (var item in queue.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
        {
            try
            {
                if (item.Then is { } action)
                {
                    action();
                    continue;
                }

                await HandleAsync(item).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Bad input never stops the intake.
            catch (Exception ex) when (ex is not OperationCanceledException || !stop.IsCancellationRequested)
#pragma warning restore CA1031
            {
                Drop("processing failed: " + ex.GetType().Name);
            }
            finally
            {
                item.Done?.TrySetResult();
            }
        }
    }

    private async Task HandleAsync(Item item)
    {
        if (item.Channel == KandyNotificationChannel.WebSocket && !webSocketEnabled)
        {
            Log.NotificationGated(logger, KandyClient.ChannelText(item.Channel));
            return;
        }

        if (Parse(item.Json) is not { } envelope)
        {
            return;
        }

        var message = (JsonObject)envelope["notificationMessage"]!;
        var eventType = StatusCodes.AsString(message["eventType"]);
        var eventId = StatusCodes.AsString(message["eventId"]);
        if (!await SdpNormalizer.NormalizeAsync(message, SdpFetcher, stop.Token).ConfigureAwait(false))
        {
            Drop("SDP fetch failed");
            return;
        }

        var settings = options().Notifications;
        if (eventType == "call" && item.Channel != KandyNotificationChannel.Push &&
            settings.IncomingCallNotificationMode == KandyIncomingCallNotificationMode.PushChannelOnly)
        {
            Log.CallNotificationNotOnPush(logger, eventId);
            return;
        }

        if (eventId is not null && !duplicates.TryAdd(eventId, settings.IdCacheLength))
        {
            Interlocked.Increment(ref duplicateCount);
            Log.DuplicateDropped(logger, eventId);
            return;
        }

        Log.NotificationAccepted(logger, eventType ?? "(none)", eventId ?? "(none)", KandyClient.ChannelText(item.Channel));
        var notification = new KandyNotification(envelope, message, eventType, eventId, item.Channel);
        foreach (var handler in HandlersFor(notification))
        {
            try
            {
                await handler(notification, stop.Token).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // One feature's failure must not keep a notification from the others.
            catch (Exception ex) when (ex is not OperationCanceledException || !stop.IsCancellationRequested)
#pragma warning restore CA1031
            {
                Log.NotificationHandlerFailed(logger, eventType ?? "(none)", ex);
            }
        }

        if (JsonTree.FromNode(envelope) is Dictionary<string, object?> payload)
        {
            events.NotificationReceived(eventType, eventId, item.Channel, payload);
        }
    }

    private JsonObject? Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            Drop("not JSON");
            return null;
        }

        if (node is not JsonObject envelope || envelope["notificationMessage"] is not JsonObject)
        {
            Drop("no notificationMessage object");
            return null;
        }

        return envelope;
    }

    private List<Handler> HandlersFor(KandyNotification notification)
    {
        lock (handlersGate)
        {
            var found = notification.EventType is { } type && byType.TryGetValue(type, out var list) ? new List<Handler>(list) : [];
            found.AddRange(byShape.Where(entry => entry.Match(notification.Message)).Select(entry => entry.Handle));
            return found;
        }
    }

    private void Drop(string why)
    {
        Interlocked.Increment(ref dropped);
        Log.NotificationDropped(logger, why);
    }

    private sealed record Item(string Json, KandyNotificationChannel Channel, TaskCompletionSource? Done, Action? Then = null);

    private sealed class Registration(Action remove) : IDisposable
    {
        private Action? remove = remove;

        public void Dispose() => Interlocked.Exchange(ref remove, null)?.Invoke();
    }
}
