// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Ice;

/// <summary>Candidate gathering progress, named as in the W3C RTCIceGathererState.</summary>
public enum IceGatheringState
{
    /// <summary>Gathering has not started.</summary>
    New,

    /// <summary>Host candidates are bound; STUN and TURN servers are being asked.</summary>
    Gathering,

    /// <summary>All candidates are known (Kandy Link does not trickle: the offer is written now).</summary>
    Complete,
}
