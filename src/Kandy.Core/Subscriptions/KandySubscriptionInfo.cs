// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Subscriptions;

/// <summary>A snapshot of the subscription (<c>services.getSubscriptions()</c> plus the status of §6.9).</summary>
public sealed class KandySubscriptionInfo
{
    /// <summary>The services a Link client can subscribe to.</summary>
    public static readonly IReadOnlyList<string> AvailableServices = ["call", "Presence", "IM"];

    /// <summary>Gets the granted services.</summary>
    public IReadOnlyList<string> Subscribed { get; init; } = [];

    /// <summary>Gets the services a Link client can subscribe to: <c>call</c>, <c>Presence</c>, <c>IM</c>.</summary>
    public IReadOnlyList<string> Available { get; init; } = AvailableServices;

    /// <summary>Gets a value indicating whether a subscribe or unsubscribe is in progress.</summary>
    public bool IsPending { get; init; }

    /// <summary>Gets the services requested by the last successful subscribe or update.</summary>
    public IReadOnlyList<string> Requested { get; init; } = [];

    /// <summary>Gets the requested services the server did not grant.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Gets the grant status.</summary>
    public KandySubscriptionStatus Status { get; init; }

    /// <summary>Gets the map service name → granted.</summary>
    public IReadOnlyDictionary<string, bool> Services { get; init; } = new Dictionary<string, bool>();

    /// <summary>Gets the lifetime granted by the server.</summary>
    public TimeSpan? Expires { get; init; }

    /// <summary>Gets the server's path of the subscription resource.</summary>
    public string? Subscription { get; init; }

    /// <summary>Gets the server's path of the notification WebSocket.</summary>
    public string? NotificationChannel { get; init; }

    /// <summary>Gets the client correlator echoed by the server.</summary>
    public string? ClientCorrelator { get; init; }

    /// <summary>Gets when the next refresh is due, while subscribed.</summary>
    public DateTimeOffset? NextRefresh { get; init; }

    /// <summary>Gets a value indicating whether a subscription is active.</summary>
    public bool IsSubscribed => Subscription is not null;
}
