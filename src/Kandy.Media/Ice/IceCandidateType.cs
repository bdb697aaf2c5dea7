// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Ice;

/// <summary>Candidate types (RFC 8445 §5.1.1), with their SDP names in <see cref="IceCandidate.ToString"/>.</summary>
public enum IceCandidateType
{
    /// <summary>An address of a local interface (`typ host`).</summary>
    Host,

    /// <summary>The address a STUN server saw (`typ srflx`).</summary>
    ServerReflexive,

    /// <summary>An address learned from a connectivity check (`typ prflx`).</summary>
    PeerReflexive,

    /// <summary>An address allocated on a TURN server (`typ relay`).</summary>
    Relayed,
}
