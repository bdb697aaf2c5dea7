// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Connectivity;
using Kandy.Core.Notifications;
using Kandy.Core.Subscriptions;

namespace Kandy.Core.Events;

/// <summary>How the session's parts announce SDK events; implemented by <see cref="KandyClient"/>, which owns the .NET events.</summary>
internal interface ISessionEvents
{
    void AuthChanged(bool isConnected);

    void AuthFailed(KandyException error);

    void RequestFailed(KandyException error);

    void SubscriptionChanged(KandySubscriptionEndReason reason, object? retryAfter, KandySubscriptionInfo subscription);

    /// <summary>Raises <c>subscription:error</c>; a null error stands for the SDK's bare <c>{ error: true }</c>.</summary>
    void SubscriptionFailed(KandyException? error);

    void SubscriptionRefreshed(int attemptNumber, KandyException? error);

    void ConnectionStateChanged(KandyConnectionState previous, KandyConnectionState state);

    void NotificationsChanged(KandyNotificationChannel channel, bool enabled);

    void NotificationReceived(string? eventType, string? eventId, KandyNotificationChannel channel, IReadOnlyDictionary<string, object?> payload);
}
