// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Subscriptions;

namespace Kandy.Core.Events;

/// <summary>Arguments of <c>subscription:change</c>.</summary>
public sealed class KandySubscriptionChangedEventArgs : EventArgs
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="reason">Why the subscription ended, for unsolicited ends.</param>
    /// <param name="retryAfter">The server's retry hint of a <c>gone</c> notification.</param>
    /// <param name="subscription">The subscription after the change.</param>
    public KandySubscriptionChangedEventArgs(KandySubscriptionEndReason reason, TimeSpan? retryAfter, KandySubscriptionInfo subscription)
    {
        Reason = reason;
        RetryAfter = retryAfter;
        Subscription = subscription;
    }

    /// <summary>Gets why the subscription ended; <see cref="KandySubscriptionEndReason.None"/> for requested changes.</summary>
    public KandySubscriptionEndReason Reason { get; }

    /// <summary>Gets the retry hint of a <c>gone</c> notification (sent in seconds).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Gets the subscription after the change.</summary>
    public KandySubscriptionInfo Subscription { get; }
}
