// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>Which local candidates ICE may use (W3C <c>RTCIceTransportPolicy</c>).</summary>
public enum IceTransportPolicy
{
    /// <summary>Host, server-reflexive and relay candidates.</summary>
    All,

    /// <summary>Only TURN relay candidates (hides the local address).</summary>
    Relay,
}
