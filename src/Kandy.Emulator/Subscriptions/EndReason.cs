// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Subscriptions;

/// <summary>Why the server ended a subscription.</summary>
internal enum EndReason
{
    /// <summary>Ended by the server (control API, forced log-out, replaced): <c>gone</c> notification.</summary>
    Gone,

    /// <summary>The expiry passed without a refresh: <c>gone</c> notification.</summary>
    Expired,

    /// <summary>The socket was replaced: <c>websocketOverridden</c> notification.</summary>
    WebSocketOverridden,
}
