// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Connectivity;

/// <summary>The state of the notification WebSocket, derived as in 01-session.md §7.6.</summary>
public enum KandyConnectionState
{
    /// <summary>No socket.</summary>
    Disconnected = 0,

    /// <summary>The first connect cycle after a subscribe is running.</summary>
    Connecting = 1,

    /// <summary>The socket is open.</summary>
    Connected = 2,

    /// <summary>The socket was lost and a reconnect cycle is running.</summary>
    Reconnecting = 3,
}
