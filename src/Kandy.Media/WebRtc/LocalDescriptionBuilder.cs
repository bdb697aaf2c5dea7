// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using System.Net.Sockets;
using Kandy.Media.Ice;
using Kandy.Media.Sdp;

namespace Kandy.Media.WebRtc;

/// <summary>Builds our offers and answers: one bundled audio m-line with every candidate, no trickle (RFC 8829 §5.2, §5.3).</summary>
internal static class LocalDescriptionBuilder
{
    /// <summary>Builds the description; for an answer, other offered m-lines are rejected in place (RFC 8829 §5.3.1).</summary>
    public static SdpMessage Build(ulong sessionId, int version, AudioSection section, SdpMessage? offer, SdpMediaDescription? accepted)
    {
        var message = new SdpMessage(new SdpOrigin("-", sessionId.ToString(CultureInfo.InvariantCulture), (ulong)version, "IN", "IP4", "127.0.0.1"));
        message.Timings.Add(new SdpTiming(0, 0));
        message.BundleGroup = new SdpGroup(SdpGroup.Bundle, [section.Mid]);
        message.Attributes.Add(new SdpAttribute("msid-semantic", " WMS *"));
        if (offer is null)
        {
            message.Media.Add(Audio(section));
        }
        else
        {
            foreach (var media in offer.Media)
            {
                message.Media.Add(ReferenceEquals(media, accepted) ? Audio(section) : Rejected(media));
            }
        }

        return message;
    }

    private static SdpMediaDescription Audio(AudioSection section)
    {
        var defaultCandidate = section.Candidates.FirstOrDefault(c => c.Protocol == "udp");
        var media = new SdpMediaDescription("audio", defaultCandidate?.EndPoint.Port ?? 9, "UDP/TLS/RTP/SAVPF", []);
        media.Connection = defaultCandidate is null
            ? SdpConnection.Placeholder
            : new SdpConnection("IN", defaultCandidate.EndPoint.AddressFamily == AddressFamily.InterNetworkV6 ? "IP6" : "IP4", defaultCandidate.EndPoint.Address.ToString());
        foreach (var candidate in section.Candidates)
        {
            media.AddCandidate(candidate);
        }

        media.EndOfCandidates = true;
        media.IceUfrag = section.IceUsernameFragment;
        media.IcePwd = section.IcePassword;
        media.Fingerprint = section.Fingerprint;
        media.Setup = section.Setup;
        media.Mid = section.Mid;
        media.Direction = section.Direction;
        media.Msid = new SdpMsid(section.StreamId, section.TrackId);
        media.RtcpMux = true;
        media.SetCodecs(section.Formats.Select(NegotiatedAudio.ToSdp));
        media.Attributes.Add(new SdpAttribute("ssrc", new SdpSsrc(section.Ssrc, "cname", section.CanonicalName).ToString()));
        media.Attributes.Add(new SdpAttribute("ssrc", new SdpSsrc(section.Ssrc, "msid", $"{section.StreamId} {section.TrackId}").ToString()));
        return media;
    }

    private static SdpMediaDescription Rejected(SdpMediaDescription offered)
    {
        var rejected = SdpMediaDescription.CreateRejected(offered);
        rejected.Direction = SdpDirection.Inactive;
        return rejected;
    }
}

/// <summary>The values of our audio m-line.</summary>
internal sealed record AudioSection(
    string Mid,
    SdpDirection Direction,
    IReadOnlyList<IceCandidate> Candidates,
    string IceUsernameFragment,
    string IcePassword,
    Dtls.DtlsFingerprint Fingerprint,
    SdpSetupRole Setup,
    uint Ssrc,
    string CanonicalName,
    string StreamId,
    string TrackId,
    IReadOnlyList<Codecs.AudioCodecInfo> Formats);
