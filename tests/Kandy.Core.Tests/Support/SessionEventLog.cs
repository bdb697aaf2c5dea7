// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;
using Kandy.Core.Connectivity;
using Kandy.Core.Events;
using Kandy.Core.Notifications;
using Kandy.Core.Subscriptions;

namespace Kandy.Core.Tests.Support;

/// <summary>Receives the announcements of a session part used on its own, in order, as text.</summary>
internal sealed class SessionEventLog : ISessionEvents
{
    private readonly ConcurrentQueue<string> entries = new();

    public IReadOnlyList<string> Entries => entries.ToList();

    public void AuthChanged(bool isConnected) => entries.Enqueue("auth:change");

    public void AuthFailed(KandyException error) => entries.Enqueue("auth:error " + error.SdkCode);

    public void RequestFailed(KandyException error) => entries.Enqueue("request:error " + error.SdkCode);

    public void SubscriptionChanged(KandySubscriptionEndReason reason, object? retryAfter, KandySubscriptionInfo subscription) =>
        entries.Enqueue("subscription:change " + reason);

    public void SubscriptionFailed(KandyException? error) => entries.Enqueue("subscription:error " + error?.SdkCode);

    public void SubscriptionRefreshed(int attemptNumber, KandyException? error) => entries.Enqueue($"subscription:resub {attemptNumber} {error?.SdkCode}");

    public void ConnectionStateChanged(KandyConnectionState previous, KandyConnectionState state) => entries.Enqueue("ws:change " + state);

    public void NotificationsChanged(KandyNotificationChannel channel, bool enabled) => entries.Enqueue("notifications:change");

    public void NotificationReceived(string? eventType, string? eventId, KandyNotificationChannel channel, IReadOnlyDictionary<string, object?> payload) =>
        entries.Enqueue("notification:received " + eventId);
}
