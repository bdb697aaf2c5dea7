// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Tests.Sdp;

/// <summary>Descriptions used by several SDP tests.</summary>
internal static class SdpFixtures
{
    /// <summary>Gets Chromium 156's gathered audio offer, byte for byte as the browser writes it (CRLF).</summary>
    internal static string ChromiumAudioOffer { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sdp", "Fixtures", "chromium-156-audio-offer.sdp"));

    /// <summary>Gets the offer of 02-calls.md §7.12, as the Kandy SDK sends it in callStart.</summary>
    internal static string KandyCallStartOffer { get; } = Lines(
        "v=0",
        "o=- 6504385318498812743 2 IN IP4 127.0.0.1",
        "s=-",
        "b=AS:256",
        "b=TIAS:256000",
        "t=0 0",
        "a=extmap-allow-mixed",
        "a=msid-semantic: WMS 2a7c4e51-90bd-4f3e-8c62-1d5a7b9e0f34",
        "a=group:BUNDLE 0",
        "m=audio 61002 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126",
        "c=IN IP4 198.51.100.7",
        "b=AS:64",
        "b=TIAS:64000",
        "a=rtpmap:111 opus/48000/2",
        "a=rtpmap:0 PCMU/8000",
        "a=fmtp:111 minptime=10;useinbandfec=1",
        "a=rtcp:9 IN IP4 0.0.0.0",
        "a=setup:actpass",
        "a=mid:0",
        "a=sendrecv",
        "a=ice-ufrag:Xk3e",
        "a=ice-pwd:q8Jd0vX1TnB2mYcR5sLk9wPz",
        "a=candidate:842163049 1 udp 1686052607 203.0.113.10 51234 typ srflx raddr 192.168.1.20 rport 51234 generation 0 network-id 1",
        "a=rtcp-mux");

    /// <summary>Gets an audio and video offer as a browser makes it before gathering.</summary>
    internal static string AudioVideoOffer { get; } = Lines(
        "v=0",
        "o=- 42 1 IN IP4 127.0.0.1",
        "s=-",
        "t=0 0",
        "a=group:BUNDLE 0 1",
        "m=audio 9 UDP/TLS/RTP/SAVPF 111 0",
        "c=IN IP4 0.0.0.0",
        "a=mid:0",
        "a=sendrecv",
        "a=rtpmap:111 opus/48000/2",
        "m=video 9 UDP/TLS/RTP/SAVPF 96 97",
        "c=IN IP4 0.0.0.0",
        "a=mid:1",
        "a=recvonly",
        "a=rtpmap:96 VP8/90000",
        "a=rtcp-fb:96 nack pli",
        "a=rtpmap:97 rtx/90000",
        "a=fmtp:97 apt=96");

    internal static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\r\n"));
}
