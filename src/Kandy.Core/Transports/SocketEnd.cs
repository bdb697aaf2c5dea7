// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Transports;

/// <summary>Why a socket stopped, from the point of view of the reconnect rules of 01-session.md §7.3.</summary>
internal enum SocketEnd
{
    /// <summary>The server closed with 1000: final, no reconnect.</summary>
    ServerClosedNormally,

    /// <summary>The server closed with another code, or the transport failed.</summary>
    Dropped,

    /// <summary>The client declared the connection lost (missed pings, failed send, reset).</summary>
    Lost,
}
