// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Subscriptions;

/// <summary>Limits applied to subscriptions.</summary>
internal sealed class SubscriptionLimits
{
    /// <summary>Gets or sets the longest lifetime granted, in seconds; longer requests are capped.</summary>
    public int MaxExpiresSeconds { get; set; } = 86400;

    /// <summary>Gets or sets how many subscriptions one user may hold at once (forceLogOut evicts the oldest).</summary>
    public int MaxSessionsPerUser { get; set; } = 5;
}
