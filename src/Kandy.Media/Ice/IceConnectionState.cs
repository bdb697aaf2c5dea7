// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Ice;

/// <summary>The agent's connection state, named as in the W3C RTCIceTransportState.</summary>
public enum IceConnectionState
{
    /// <summary>Not checking yet: waiting for remote credentials and candidates.</summary>
    New,

    /// <summary>Connectivity checks are running and no pair works yet.</summary>
    Checking,

    /// <summary>A working pair exists; data can flow. Nomination may still be pending.</summary>
    Connected,

    /// <summary>A pair is nominated and selected; checking is over.</summary>
    Completed,

    /// <summary>All pairs failed, or consent was lost for good (RFC 7675): no data is sent.</summary>
    Failed,

    /// <summary>Consent responses stopped arriving; may recover.</summary>
    Disconnected,

    /// <summary>The agent was closed.</summary>
    Closed,
}
