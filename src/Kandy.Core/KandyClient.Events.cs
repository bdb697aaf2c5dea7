// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Connectivity;
using Kandy.Core.Events;
using Kandy.Core.Notifications;
using Kandy.Core.Subscriptions;

namespace Kandy.Core;

/// <summary>Turns the session's announcements into the typed events and the generic <see cref="EventRaised"/>.</summary>
public sealed partial class KandyClient : ISessionEvents
{
    void ISessionEvents.AuthChanged(bool isConnected) =>
        Emit(KandyEventNames.AuthChange, Payload(), AuthenticationChanged, new KandyAuthenticationChangedEventArgs(isConnected));

    void ISessionEvents.AuthFailed(KandyException error) =>
        Emit(KandyEventNames.AuthError, Payload(("error", ErrorPayload(error))), AuthenticationFailed, new KandyErrorEventArgs(error));

    void ISessionEvents.RequestFailed(KandyException error) =>
        Emit(KandyEventNames.RequestError, Payload(("error", ErrorPayload(error))), RequestFailed, new KandyErrorEventArgs(error));

    void ISessionEvents.SubscriptionChanged(KandySubscriptionEndReason reason, object? retryAfter, KandySubscriptionInfo subscription)
    {
        var payload = new Dictionary<string, object?>(StringComparer.Ordinal) { ["reason"] = ReasonText(reason) };
        if (retryAfter is not null)
        {
            payload["retryAfter"] = retryAfter;
        }

        TimeSpan? hint = retryAfter switch
        {
            long seconds => TimeSpan.FromSeconds(seconds),
            double seconds => TimeSpan.FromSeconds(seconds),
            _ => null,
        };
        Emit(KandyEventNames.SubscriptionChange, payload, SubscriptionChanged, new KandySubscriptionChangedEventArgs(reason, hint, subscription));
    }

    void ISessionEvents.SubscriptionFailed(KandyException? error)
    {
        var payload = Payload(("error", error is null ? true : ErrorPayload(error)));
        var args = new KandyErrorEventArgs(error ?? new KandyException(KandyErrorCode.None, "No services were given."));
        Emit(KandyEventNames.SubscriptionError, payload, SubscriptionFailed, args);
    }

    void ISessionEvents.SubscriptionRefreshed(int attemptNumber, KandyException? error)
    {
        var payload = Payload(("attemptNum", (long)attemptNumber), ("isFailure", error is not null));
        if (error is not null)
        {
            payload["error"] = ErrorPayload(error);
        }

        Emit(KandyEventNames.SubscriptionResub, payload, SubscriptionRefreshed, new KandySubscriptionRefreshedEventArgs(attemptNumber, error));
    }

    void ISessionEvents.ConnectionStateChanged(KandyConnectionState previous, KandyConnectionState state) =>
        Emit(KandyEventNames.WebSocketChange, Payload(("platform", "link")), ConnectionStateChanged, new KandyConnectionStateChangedEventArgs(previous, state));

    void ISessionEvents.NotificationsChanged(KandyNotificationChannel channel, bool enabled) =>
        Emit(KandyEventNames.NotificationsChange, Payload(("channel", ChannelText(channel))), NotificationsChanged, new KandyNotificationsChangedEventArgs(channel, enabled));

    void ISessionEvents.NotificationReceived(string? eventType, string? eventId, KandyNotificationChannel channel, IReadOnlyDictionary<string, object?> payload) =>
        Emit(KandyEventNames.NotificationReceived, Payload(("payload", payload)), NotificationReceived, new KandyNotificationReceivedEventArgs(eventType, eventId, channel, payload));

    internal static string ChannelText(KandyNotificationChannel channel) =>
        channel == KandyNotificationChannel.Push ? "PUSH" : "WEBSOCKET";

    private static string? ReasonText(KandySubscriptionEndReason reason) => reason switch
    {
        KandySubscriptionEndReason.Gone => "GONE",
        KandySubscriptionEndReason.WebSocketOverridden => "WS_OVERRIDDEN",
        KandySubscriptionEndReason.LostConnection => "LOST_CONNECTION",
        _ => null,
    };

    private static Dictionary<string, object?> ErrorPayload(KandyException error) => new(StringComparer.Ordinal)
    {
        ["name"] = "BasicError",
        ["code"] = error.Code == KandyErrorCode.SubscriptionGone ? 39L : error.SdkCode,
        ["message"] = error.Message,
    };

    private static Dictionary<string, object?> Payload(params (string Key, object? Value)[] entries)
    {
        var payload = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            payload[key] = value;
        }

        return payload;
    }

    private void Emit<TArgs>(string name, IReadOnlyDictionary<string, object?> payload, EventHandler<TArgs>? typed, TArgs args)
    {
        // The subscriber lists are taken now, as the SDK's emitter does when it emits.
        var generic = EventRaised;
        eventBus.Post(() =>
        {
            eventBus.Invoke(typed, this, args, name);
            eventBus.Invoke(generic, this, new KandyEventArgs(name, payload), name);
        });
    }
}
