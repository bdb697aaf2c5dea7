// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Subscriptions;

/// <summary>How much of a subscription request the server granted (01-session.md §6.9).</summary>
public enum KandySubscriptionStatus
{
    /// <summary>Nothing granted (or not subscribed).</summary>
    None = 0,

    /// <summary>Some requested services are missing.</summary>
    Partial = 1,

    /// <summary>Everything requested was granted.</summary>
    Full = 2,

    /// <summary>More was granted than requested.</summary>
    Unknown = 3,
}
