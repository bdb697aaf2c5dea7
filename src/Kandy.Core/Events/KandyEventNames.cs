// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Events;

/// <summary>The SDK event names raised by the session layer (01-session.md §11).</summary>
public static class KandyEventNames
{
    /// <summary><c>auth:change</c>.</summary>
    public const string AuthChange = "auth:change";

    /// <summary><c>auth:error</c>.</summary>
    public const string AuthError = "auth:error";

    /// <summary><c>request:error</c>: the server rejected the credentials.</summary>
    public const string RequestError = "request:error";

    /// <summary><c>subscription:change</c>.</summary>
    public const string SubscriptionChange = "subscription:change";

    /// <summary><c>subscription:error</c>.</summary>
    public const string SubscriptionError = "subscription:error";

    /// <summary><c>subscription:resub</c>: a refresh finished.</summary>
    public const string SubscriptionResub = "subscription:resub";

    /// <summary><c>ws:change</c>.</summary>
    public const string WebSocketChange = "ws:change";

    /// <summary><c>notifications:change</c>.</summary>
    public const string NotificationsChange = "notifications:change";

    /// <summary><c>notification:received</c>: a notification passed de-duplication.</summary>
    public const string NotificationReceived = "notification:received";
}
