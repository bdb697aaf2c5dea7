// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.PowerShell.Models;

/// <summary>State of a session's notification WebSocket.</summary>
public enum KandyConnectionState
{
    /// <summary>No socket.</summary>
    Disconnected = 0,

    /// <summary>Opening the socket.</summary>
    Connecting = 1,

    /// <summary>The socket is open.</summary>
    Connected = 2,

    /// <summary>The socket was lost and is being reopened.</summary>
    Reconnecting = 3,
}
