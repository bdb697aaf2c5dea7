// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Ice;

namespace Kandy.Media.WebRtc;

/// <summary>What negotiation needs from one m-line of the remote description.</summary>
internal sealed class RemoteMediaDescription
{
    public required string Kind { get; init; }

    public required int Port { get; init; }

    public required string Protocol { get; init; }

    public required IReadOnlyList<string> Formats { get; init; }

    public string? Mid { get; set; }

    public Dictionary<int, string> RtpMaps { get; } = [];

    public RtpTransceiverDirection Direction { get; set; } = RtpTransceiverDirection.SendReceive;

    public string? IceUsernameFragment { get; set; }

    public string? IcePassword { get; set; }

    public string? Setup { get; set; }

    public List<string> Fingerprints { get; } = [];

    public List<IceCandidate> Candidates { get; } = [];

    public bool RtcpMux { get; set; }

    public uint? Ssrc { get; set; }

    public string? TrackId { get; set; }

    /// <summary>Gets a value indicating whether PCMU (static payload type 0, RFC 3551 §6) is offered.</summary>
    public bool OffersPcmu =>
        Formats.Contains("0") && (!RtpMaps.TryGetValue(0, out var map) || map.StartsWith("PCMU/8000", StringComparison.OrdinalIgnoreCase));
}
