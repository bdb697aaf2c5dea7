// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Subscriptions;

/// <summary>Why a subscription ended without being asked to (the <c>reason</c> of <c>subscription:change</c>, 01-session.md §6.8).</summary>
public enum KandySubscriptionEndReason
{
    /// <summary>A requested or normal change; the SDK's <c>reason</c> is undefined.</summary>
    None = 0,

    /// <summary><c>GONE</c>: the server ended the subscription.</summary>
    Gone = 1,

    /// <summary><c>WS_OVERRIDDEN</c>: another socket replaced ours.</summary>
    WebSocketOverridden = 2,

    /// <summary><c>LOST_CONNECTION</c>: the socket was lost and not recovered.</summary>
    LostConnection = 3,
}
