// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Ice;

/// <summary>
/// A local and a remote candidate that the agent checks (RFC 8445 §6.1.2). Counters feed the W3C
/// <c>candidate-pair</c> statistics.
/// </summary>
public sealed class IceCandidatePair
{
    private long _bytesSent;
    private long _bytesReceived;
    private long _packetsSent;
    private long _packetsReceived;

    internal IceCandidatePair(IceCandidate local, IceCandidate remote, IceLocalBase localBase)
    {
        Local = local;
        Remote = remote;
        Base = localBase;
        Foundation = local.Foundation + ":" + remote.Foundation;
    }

    /// <summary>The local candidate (host, relayed, or a peer-reflexive one learned from a check).</summary>
    public IceCandidate Local { get; }

    /// <summary>The remote candidate.</summary>
    public IceCandidate Remote { get; }

    /// <summary>The pair foundation: local and remote foundations joined.</summary>
    public string Foundation { get; }

    /// <summary>The pair priority for the current roles (RFC 8445 §6.1.2.3).</summary>
    public ulong Priority { get; internal set; }

    /// <summary>The check state.</summary>
    public IceCandidatePairState State { get; internal set; }

    /// <summary>True once this pair is nominated (USE-CANDIDATE succeeded on it).</summary>
    public bool Nominated { get; internal set; }

    /// <summary>The last measured check round-trip time, or null before the first response.</summary>
    public TimeSpan? CurrentRoundTripTime { get; internal set; }

    /// <summary>Connectivity and consent requests sent on this pair.</summary>
    public long RequestsSent { get; internal set; }

    /// <summary>Connectivity and consent requests received on this pair.</summary>
    public long RequestsReceived { get; internal set; }

    /// <summary>Success responses received on this pair.</summary>
    public long ResponsesReceived { get; internal set; }

    /// <summary>Responses sent on this pair.</summary>
    public long ResponsesSent { get; internal set; }

    /// <summary>Application bytes sent (non-STUN).</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Application bytes received (non-STUN).</summary>
    public long BytesReceived => Interlocked.Read(ref _bytesReceived);

    /// <summary>Application datagrams sent.</summary>
    public long PacketsSent => Interlocked.Read(ref _packetsSent);

    /// <summary>Application datagrams received.</summary>
    public long PacketsReceived => Interlocked.Read(ref _packetsReceived);

    /// <summary>The local socket the pair sends from (for a server-reflexive candidate: its host base).</summary>
    internal IceLocalBase Base { get; }

    /// <summary>Set when the controlling peer nominated this pair before our own check on it succeeded.</summary>
    internal bool NominateOnSuccess { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"{Local.EndPoint} ({Local.Type}) -> {Remote.EndPoint} ({Remote.Type}) {State}{(Nominated ? " nominated" : string.Empty)}";

    internal void CountSent(int bytes)
    {
        Interlocked.Increment(ref _packetsSent);
        Interlocked.Add(ref _bytesSent, bytes);
    }

    internal void CountReceived(int bytes)
    {
        Interlocked.Increment(ref _packetsReceived);
        Interlocked.Add(ref _bytesReceived, bytes);
    }

    /// <summary>RFC 8445 §6.1.2.3: 2^32·min(G,D) + 2·max(G,D) + (G&gt;D ? 1 : 0), G being the controlling side's priority.</summary>
    internal void UpdatePriority(IceRole role)
    {
        ulong g = role == IceRole.Controlling ? Local.Priority : Remote.Priority;
        ulong d = role == IceRole.Controlling ? Remote.Priority : Local.Priority;
        Priority = (Math.Min(g, d) << 32) + (2 * Math.Max(g, d)) + (g > d ? 1ul : 0ul);
    }
}
