// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using System.Text;
using Kandy.Media.Ice;

namespace Kandy.Media.WebRtc;

/// <summary>Writes our offers and answers: one bundled PCMU audio m-line, every candidate, no trickle (RFC 8829 §5.2, §5.3).</summary>
internal sealed class LocalDescriptionWriter
{
    private readonly StringBuilder sdp = new();

    public LocalDescriptionWriter(ulong sessionId, int version, IReadOnlyList<string> bundle)
    {
        Line($"v=0");
        Line($"o=- {sessionId} {version} IN IP4 127.0.0.1");
        Line($"s=-");
        Line($"t=0 0");
        if (bundle.Count > 0)
        {
            Line($"a=group:BUNDLE {string.Join(' ', bundle)}");
        }

        Line($"a=msid-semantic: WMS *");
    }

    /// <summary>Writes the accepted audio m-line with transport attributes.</summary>
    public void Audio(AudioSection section)
    {
        var defaultCandidate = section.Candidates.FirstOrDefault(c => c.Protocol == "udp");
        var address = defaultCandidate?.EndPoint.Address.ToString() ?? "0.0.0.0";
        var port = defaultCandidate?.EndPoint.Port ?? 9;
        var family = defaultCandidate?.EndPoint.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "IP6" : "IP4";
        Line($"m=audio {port} UDP/TLS/RTP/SAVPF 0");
        Line($"c=IN {family} {address}");
        foreach (var candidate in section.Candidates)
        {
            Line($"a={candidate}");
        }

        Line($"a=end-of-candidates");
        Line($"a=ice-ufrag:{section.IceUsernameFragment}");
        Line($"a=ice-pwd:{section.IcePassword}");
        Line($"a=fingerprint:{section.Fingerprint}");
        Line($"a=setup:{section.Setup}");
        Line($"a=mid:{section.Mid}");
        Line($"a={DirectionName(section.Direction)}");
        Line($"a=msid:{section.StreamId} {section.TrackId}");
        Line($"a=rtcp-mux");
        Line($"a=rtpmap:0 PCMU/8000");
        Line($"a=ssrc:{section.Ssrc} cname:{section.CanonicalName}");
        Line($"a=ssrc:{section.Ssrc} msid:{section.StreamId} {section.TrackId}");
    }

    /// <summary>RFC 8829 §5.3.1: a rejected m-line keeps its place with port 0.</summary>
    public void Rejected(RemoteMediaDescription offered)
    {
        Line($"m={offered.Kind} 0 {offered.Protocol} {offered.Formats[0]}");
        Line($"c=IN IP4 0.0.0.0");
        if (offered.Mid is not null)
        {
            Line($"a=mid:{offered.Mid}");
        }

        Line($"a=inactive");
    }

    public override string ToString() => sdp.ToString();

    private static string DirectionName(RtpTransceiverDirection direction) => direction switch
    {
        RtpTransceiverDirection.SendOnly => "sendonly",
        RtpTransceiverDirection.ReceiveOnly => "recvonly",
        RtpTransceiverDirection.Inactive => "inactive",
        _ => "sendrecv",
    };

    private void Line(FormattableString line) => sdp.Append(line.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
}

/// <summary>The values of our audio m-line.</summary>
internal sealed record AudioSection(
    string Mid,
    RtpTransceiverDirection Direction,
    IReadOnlyList<IceCandidate> Candidates,
    string IceUsernameFragment,
    string IcePassword,
    string Fingerprint,
    string Setup,
    uint Ssrc,
    string CanonicalName,
    string StreamId,
    string TrackId);
