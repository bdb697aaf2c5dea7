// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Emulator.Auth;
using Kandy.Emulator.Http;
using Kandy.Emulator.Logging;
using Kandy.Emulator.Notifications;
using Kandy.Emulator.Storage;

namespace Kandy.Emulator.Subscriptions;

/// <summary>
/// Live subscriptions with their expiry timers (01-session.md §6.10). Ended subscriptions get a final
/// notification on their socket and a 1000 close, so the SDK does not reconnect.
/// </summary>
internal sealed class SubscriptionRegistry : ISessionLookup, IDisposable
{
    private static readonly TimeSpan DeleteCloseGrace = TimeSpan.FromSeconds(2);

    private readonly object gate = new();
    private readonly Dictionary<string, SubscriptionRecord> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ITimer> timers = new(StringComparer.Ordinal);
    private readonly DocumentCollection<SubscriptionRecord> store;
    private readonly NotificationHub hub;
    private readonly TimeProvider time;
    private readonly ILogger<SubscriptionRegistry> logger;

    public SubscriptionRegistry(IDocumentStore documents, NotificationHub hub, TimeProvider time, ILogger<SubscriptionRegistry> logger)
    {
        this.hub = hub;
        this.time = time;
        this.logger = logger;
        store = new DocumentCollection<SubscriptionRecord>(documents, "subscriptions");

        // Subscriptions outlive a restart with the same data path: clients reconnect to the same channel.
        foreach (var record in store.List())
        {
            if (record.ExpiresAt > time.GetUtcNow())
            {
                Track(record);
            }
            else
            {
                store.Delete(record.Id);
            }
        }
    }

    public IReadOnlyList<SubscriptionRecord> All
    {
        get
        {
            lock (gate)
            {
                return byId.Values.OrderBy(s => s.CreatedAt).ToList();
            }
        }
    }

    public SubscriptionRecord Create(string userName, SubscribeRequest request, IReadOnlyList<string> granted, CredentialMode mode, int expires)
    {
        var now = time.GetUtcNow();
        var record = new SubscriptionRecord(
            RandomIds.Hex(5),
            userName,
            RandomIds.Hex(8),
            request.Services,
            granted,
            expires,
            request.Localization ?? "English_US",
            request.UseTurn ?? true,
            request.NotificationType ?? "WebSocket",
            request.ClientCorrelator,
            mode == CredentialMode.Hmac ? Guid.NewGuid().ToString() : null,
            mode,
            now,
            now.AddSeconds(expires));
        Track(record);
        Log.SubscriptionCreated(logger, record.Id, userName, string.Join(',', granted));
        return record;
    }

    /// <summary>Applies a refresh or service update and restarts the expiry timer; null if it is gone.</summary>
    public SubscriptionRecord? Refresh(string id, IReadOnlyList<string> requested, IReadOnlyList<string> granted, int? expires)
    {
        lock (gate)
        {
            if (!byId.TryGetValue(id, out var current))
            {
                return null;
            }

            var seconds = expires ?? current.Expires;
            var record = current with
            {
                Requested = requested,
                Services = granted,
                Expires = seconds,
                ExpiresAt = time.GetUtcNow().AddSeconds(seconds),
            };
            Track(record);
            Log.SubscriptionRefreshed(logger, id);
            return record;
        }
    }

    public SubscriptionRecord? Find(string id)
    {
        lock (gate)
        {
            return byId.GetValueOrDefault(id);
        }
    }

    public SubscriptionRecord? FindByChannel(string channelId)
    {
        lock (gate)
        {
            return byId.Values.FirstOrDefault(s => s.ChannelId == channelId);
        }
    }

    public SubscriptionRecord? FindByCorrelator(string userName, string clientCorrelator)
    {
        lock (gate)
        {
            return byId.Values.FirstOrDefault(s => s.ClientCorrelator == clientCorrelator
                && string.Equals(s.UserName, userName, StringComparison.OrdinalIgnoreCase));
        }
    }

    public IReadOnlyList<SubscriptionRecord> ForUser(string userName)
    {
        lock (gate)
        {
            return byId.Values.Where(s => string.Equals(s.UserName, userName, StringComparison.OrdinalIgnoreCase))
                .OrderBy(s => s.CreatedAt).ToList();
        }
    }

    public string? FindSessionUser(string sessionId)
    {
        lock (gate)
        {
            return byId.Values.FirstOrDefault(s => s.SessionId == sessionId)?.UserName;
        }
    }

    /// <summary>Client DELETE: forget the subscription; the SDK closes its socket itself, the emulator only if it does not.</summary>
    public bool Delete(string id)
    {
        var record = Remove(id, "deleted");
        if (record is null)
        {
            return false;
        }

        var channel = record.ChannelId;
        time.CreateTimer(_ => hub.CloseChannel(channel), null, DeleteCloseGrace, Timeout.InfiniteTimeSpan);
        return true;
    }

    /// <summary>Server-side end: <c>gone</c> (with optional retryAfter seconds) or <c>websocketOverridden</c>.</summary>
    public bool End(string id, EndReason reason, int? retryAfterSeconds = null)
    {
        var record = Remove(id, reason.ToString());
        if (record is null)
        {
            return false;
        }

        var frame = reason == EndReason.WebSocketOverridden
            ? hub.Factory.WebSocketOverridden()
            : hub.Factory.Gone(retryAfterSeconds);
        hub.Terminate(record.ChannelId, frame);
        return true;
    }

    public void Reset()
    {
        foreach (var record in All)
        {
            End(record.Id, EndReason.Gone);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var timer in timers.Values)
            {
                timer.Dispose();
            }

            timers.Clear();
        }
    }

    private void Track(SubscriptionRecord record)
    {
        lock (gate)
        {
            byId[record.Id] = record;
            if (timers.Remove(record.Id, out var old))
            {
                old.Dispose();
            }

            var due = record.ExpiresAt - time.GetUtcNow();
            var id = record.Id;
            timers[record.Id] = time.CreateTimer(_ => End(id, EndReason.Expired), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
            store.Put(record.Id, record);
        }
    }

    private SubscriptionRecord? Remove(string id, string reason)
    {
        lock (gate)
        {
            if (!byId.Remove(id, out var record))
            {
                return null;
            }

            if (timers.Remove(id, out var timer))
            {
                timer.Dispose();
            }

            store.Delete(id);
            Log.SubscriptionEnded(logger, id, reason);
            return record;
        }
    }
}
