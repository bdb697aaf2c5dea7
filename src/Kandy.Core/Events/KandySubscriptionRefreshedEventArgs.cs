// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Events;

/// <summary>Arguments of <c>subscription:resub</c>: a refresh PUT finished.</summary>
public sealed class KandySubscriptionRefreshedEventArgs : EventArgs
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="attemptNumber">1 after a success, growing with each failed refresh.</param>
    /// <param name="error">The failure, or null on success.</param>
    public KandySubscriptionRefreshedEventArgs(int attemptNumber, KandyException? error)
    {
        AttemptNumber = attemptNumber;
        Error = error;
    }

    /// <summary>Gets the attempt number.</summary>
    public int AttemptNumber { get; }

    /// <summary>Gets a value indicating whether the refresh failed.</summary>
    public bool IsFailure => Error is not null;

    /// <summary>Gets the failure.</summary>
    public KandyException? Error { get; }
}
