// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using System.Net;
using System.Text;

namespace Kandy.Media.Ice;

/// <summary>
/// An ICE candidate (RFC 8445 §5.1) with its SDP form (RFC 8839 §5.1):
/// <c>candidate:1 1 udp 2130706431 192.0.2.1 50000 typ host</c>.
/// </summary>
public sealed class IceCandidate : IEquatable<IceCandidate>
{
    /// <summary>Creates a candidate.</summary>
    public IceCandidate(string foundation, int component, string protocol, uint priority, IPEndPoint endPoint, IceCandidateType type, IPEndPoint? relatedEndPoint = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(foundation);
        ArgumentException.ThrowIfNullOrEmpty(protocol);
        ArgumentNullException.ThrowIfNull(endPoint);
        Foundation = foundation;
        Component = component;
        Protocol = protocol.ToLowerInvariant();
        Priority = priority;
        EndPoint = endPoint;
        Type = type;
        RelatedEndPoint = relatedEndPoint;
    }

    /// <summary>Candidates with the same type, base address, server and protocol share a foundation.</summary>
    public string Foundation { get; }

    /// <summary>The component: always 1 with rtcp-mux and BUNDLE.</summary>
    public int Component { get; }

    /// <summary>The transport, lower case (<c>udp</c>; others are parsed and ignored by the agent).</summary>
    public string Protocol { get; }

    /// <summary>The priority (RFC 8445 §5.1.2).</summary>
    public uint Priority { get; }

    /// <summary>The transport address.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>The candidate type.</summary>
    public IceCandidateType Type { get; }

    /// <summary>raddr/rport: the base of a reflexive candidate, the mapped address of a relayed one.</summary>
    public IPEndPoint? RelatedEndPoint { get; }

    /// <summary>The RFC 8445 §5.1.2.1 type preference: host 126, peer-reflexive 110, server-reflexive 100, relayed 0.</summary>
    public static int TypePreference(IceCandidateType type) => type switch
    {
        IceCandidateType.Host => 126,
        IceCandidateType.PeerReflexive => 110,
        IceCandidateType.ServerReflexive => 100,
        _ => 0,
    };

    /// <summary>The priority formula of RFC 8445 §5.1.2.1.</summary>
    public static uint ComputePriority(IceCandidateType type, int localPreference, int component) =>
        (uint)((TypePreference(type) << 24) + ((localPreference & 0xFFFF) << 8) + (256 - component));

    /// <summary>
    /// Parses an SDP candidate line, with or without the <c>a=</c> and <c>candidate:</c> prefixes. Unknown
    /// extension attributes (generation, network-id, ufrag …) are ignored. Host names (mDNS) are not resolved:
    /// such a line does not parse.
    /// </summary>
    public static bool TryParse(string? line, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IceCandidate? candidate)
    {
        candidate = null;
        if (string.IsNullOrWhiteSpace(line))
        {
            return false;
        }

        var text = line.Trim();
        if (text.StartsWith("a=", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (text.StartsWith("candidate:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["candidate:".Length..];
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 8 || !string.Equals(parts[6], "typ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var component) || component is < 1 or > 256 ||
            !uint.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var priority) ||
            !IPAddress.TryParse(parts[4], out var address) ||
            !int.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > IPEndPoint.MaxPort ||
            !TryParseType(parts[7], out var type))
        {
            return false;
        }

        IPAddress? relatedAddress = null;
        var relatedPort = -1;
        for (var i = 8; i + 1 < parts.Length; i += 2)
        {
            if (parts[i] == "raddr" && IPAddress.TryParse(parts[i + 1], out var raddr))
            {
                relatedAddress = raddr;
            }
            else if (parts[i] == "rport" && int.TryParse(parts[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var rport) && rport <= IPEndPoint.MaxPort)
            {
                relatedPort = rport;
            }
        }

        var related = relatedAddress is not null && relatedPort >= 0 ? new IPEndPoint(relatedAddress, relatedPort) : null;
        candidate = new IceCandidate(parts[0], component, parts[2], priority, new IPEndPoint(address, port), type, related);
        return true;
    }

    /// <summary>The SDP attribute value, starting with <c>candidate:</c> (no <c>a=</c>).</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("candidate:");
        builder.Append(CultureInfo.InvariantCulture, $"{Foundation} {Component} {Protocol} {Priority} {EndPoint.Address} {EndPoint.Port} typ {TypeName(Type)}");
        if (RelatedEndPoint is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $" raddr {RelatedEndPoint.Address} rport {RelatedEndPoint.Port}");
        }

        return builder.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(IceCandidate? other) =>
        other is not null && Type == other.Type && Component == other.Component && Protocol == other.Protocol && EndPoint.Equals(other.EndPoint);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IceCandidate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Component, Protocol, EndPoint);

    private static string TypeName(IceCandidateType type) => type switch
    {
        IceCandidateType.Host => "host",
        IceCandidateType.ServerReflexive => "srflx",
        IceCandidateType.PeerReflexive => "prflx",
        _ => "relay",
    };

    private static bool TryParseType(string name, out IceCandidateType type)
    {
        switch (name.ToLowerInvariant())
        {
            case "host": type = IceCandidateType.Host; return true;
            case "srflx": type = IceCandidateType.ServerReflexive; return true;
            case "prflx": type = IceCandidateType.PeerReflexive; return true;
            case "relay": type = IceCandidateType.Relayed; return true;
            default: type = default; return false;
        }
    }
}
