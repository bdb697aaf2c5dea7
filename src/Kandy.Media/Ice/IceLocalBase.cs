// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Transports;

namespace Kandy.Media.Ice;

/// <summary>A socket the agent sends from, with the candidate it stands for (host, or relayed over TURN).</summary>
internal sealed class IceLocalBase(IDatagramSocket socket, IceCandidate candidate, int localPreference, bool pairable = true)
{
    /// <summary>False for host sockets under a relay-only policy: they only carry TURN traffic.</summary>
    public bool Pairable { get; } = pairable;

    public IDatagramSocket Socket { get; } = socket;

    public IceCandidate Candidate { get; } = candidate;

    public int LocalPreference { get; } = localPreference;

    /// <summary>Servers whose datagrams on this socket belong to a TURN client, not to the agent.</summary>
    public HashSet<IPEndPoint> TurnServers { get; } = new();

    /// <summary>The priority this base's peer-reflexive candidates get, sent in PRIORITY (RFC 8445 §7.1.1).</summary>
    public uint PeerReflexivePriority => IceCandidate.ComputePriority(IceCandidateType.PeerReflexive, LocalPreference, Candidate.Component);
}
