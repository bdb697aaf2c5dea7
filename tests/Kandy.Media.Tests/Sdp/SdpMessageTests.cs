// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Ice;
using Kandy.Media.Sdp;

namespace Kandy.Media.Tests.Sdp;

[Trait("Category", "unit")]
public sealed class SdpMessageTests
{
    [Fact]
    public void ChromiumOfferRoundTripsByteForByte()
    {
        var text = SdpFixtures.ChromiumAudioOffer;

        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text, SdpMessage.Parse(text).ToString());
    }

    [Fact]
    public void KandyCallStartOfferRoundTripsByteForByte()
    {
        var text = SdpFixtures.KandyCallStartOffer;

        Assert.Equal(text, SdpMessage.Parse(text).ToString());
    }

    [Fact]
    public void ChromiumOfferExposesSessionLevelJsepAttributes()
    {
        var offer = SdpMessage.Parse(SdpFixtures.ChromiumAudioOffer);

        Assert.Equal("1843562038561745372", offer.Origin.SessionId);
        Assert.Equal(2UL, offer.Origin.SessionVersion);
        Assert.Equal(["0"], offer.BundleGroup!.MediaIds);
        Assert.True(offer.ExtmapAllowMixed);
        Assert.False(offer.IceLite);
        Assert.Equal(" WMS 6f3c2a90-5d1e-4b7a-9c3e-2f8d1a6b4e70", offer.Attributes.GetValue("msid-semantic"));
        Assert.Equal((0UL, 0UL), (offer.Timings.Single().Start, offer.Timings.Single().Stop));
        Assert.Single(offer.Media);
    }

    [Fact]
    public void ChromiumOfferExposesMediaLevelJsepAttributes()
    {
        var offer = SdpMessage.Parse(SdpFixtures.ChromiumAudioOffer);
        var audio = offer.Media[0];

        Assert.Equal(("audio", 54321, "UDP/TLS/RTP/SAVPF"), (audio.Media, audio.Port, audio.Protocol));
        Assert.Equal(new SdpConnection("IN", "IP4", "127.0.0.1"), audio.Connection);
        Assert.Equal("0", audio.Mid);
        Assert.Equal("pX7d", offer.GetIceUfrag(audio));
        Assert.Equal("0hT4c2yWbV9kQmL3sN8rJ1aZ", offer.GetIcePwd(audio));
        Assert.Equal(["trickle"], audio.IceOptions);
        Assert.Equal("sha-256", offer.GetFingerprint(audio)!.Algorithm);
        Assert.Equal(32, audio.Fingerprint!.Value.Length);
        Assert.Equal(SdpSetupRole.ActPass, audio.Setup);
        Assert.Equal(SdpDirection.SendReceive, audio.Direction);
        Assert.True(audio.RtcpMux);
        Assert.True(audio.RtcpReducedSize);
        Assert.False(audio.IsRejected);
        Assert.Equal(new SdpMsid("6f3c2a90-5d1e-4b7a-9c3e-2f8d1a6b4e70", "0b9e7d44-2c61-4f8a-a3b5-8e1f6c2d9a07"), audio.Msid);
        Assert.Equal(
            ["urn:ietf:params:rtp-hdrext:ssrc-audio-level", "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time",
             "http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01", "urn:ietf:params:rtp-hdrext:sdes:mid"],
            audio.ExtMaps.Select(e => e.Uri));
        Assert.Equal([1, 2, 3, 4], audio.ExtMaps.Select(e => e.Id));
        Assert.Equal([new SdpSsrc(2754920552, "cname", "Yq0xW3hD8sFv1KpT"), new SdpSsrc(2754920552, "msid", "6f3c2a90-5d1e-4b7a-9c3e-2f8d1a6b4e70 0b9e7d44-2c61-4f8a-a3b5-8e1f6c2d9a07")], audio.Ssrcs);
        var candidate = Assert.Single(audio.Candidates);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 54321), candidate.EndPoint);
        Assert.Equal(IceCandidateType.Host, candidate.Type);
        Assert.Equal("rcvr-rtt=all", audio.Attributes.GetValue("rtcp-xr"));
    }

    [Fact]
    public void ChromiumOfferCodecsComeInOfferOrderWithParametersAndFeedback()
    {
        var codecs = SdpMessage.Parse(SdpFixtures.ChromiumAudioOffer).Media[0].GetCodecs();

        Assert.Equal(
            ["opus", "red", "G722", "PCMU", "PCMA", "CN", "telephone-event", "telephone-event"],
            codecs.Select(c => c.Name));
        Assert.Equal(new SdpCodec(111, "opus", 48000, 2, "minptime=10;useinbandfec=1") { Feedback = codecs[0].Feedback }, codecs[0]);
        Assert.Equal(new SdpRtcpFeedback(111, "transport-cc"), Assert.Single(codecs[0].Feedback));
        Assert.Equal("1", SdpMessage.Parse(SdpFixtures.ChromiumAudioOffer).Media[0].FormatParameters[0].ToDictionary()["useinbandfec"]);
        Assert.Equal((126, 8000), (codecs[7].PayloadType, codecs[7].ClockRate));
        Assert.True(codecs[3].IsSameFormat(new SdpCodec(0, "pcmu", 8000, 1)));
    }

    [Fact]
    public void LineFeedOnlyInputIsReadAndWrittenWithCrlf()
    {
        var text = SdpFixtures.KandyCallStartOffer.Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal(SdpFixtures.KandyCallStartOffer, SdpMessage.Parse(text).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("v=1\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\n")]
    [InlineData("o=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\n")]
    [InlineData("v=0\r\ns=-\r\nt=0 0\r\n")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\nt=0 0\r\n")]
    [InlineData("v=0\r\no=- 1 x IN IP4 0.0.0.0\r\ns=-\r\n")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nx=unknown\r\n")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nm=audio 70000 RTP/AVP 0\r\n")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nm=audio 9\r\n")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nm=audio x RTP/AVP 0\r\n")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nm=audio 9 RTP/AVP 0\r\nt=0 0\r\n")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nc=IN IP4\r\n")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nr=7d 1h 0 25h\r\n")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\na=\r\n")]
    [InlineData("v=0\r\nm=audio 9 RTP/AVP 0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\n")]
    public void MalformedDescriptionsAreRefusedWithTheDocumentedException(string text)
    {
        Assert.False(SdpMessage.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
        Assert.Throws<SdpParseException>(() => SdpMessage.Parse(text));
    }

    [Fact]
    public void OfferedVideoIsRejectedInTheAnswerWithPortZeroAndItsMid()
    {
        var offer = SdpMessage.Parse(SdpFixtures.AudioVideoOffer);
        var video = offer.Media[1];

        var rejected = SdpMediaDescription.CreateRejected(video);

        Assert.True(rejected.IsRejected);
        Assert.Equal("m=video 0 UDP/TLS/RTP/SAVPF 96 97\r\nc=IN IP4 0.0.0.0\r\na=mid:1\r\n", rejected.ToString());
        Assert.Equal(["VP8", "rtx"], video.GetCodecs().Select(c => c.Name));
        Assert.Equal(new SdpRtcpFeedback(96, "nack", "pli"), video.RtcpFeedback.Single());
    }

    [Fact]
    public void PortZeroMeansRejectedUnlessBundleOnly()
    {
        var answer = SdpMessage.Parse(SdpFixtures.AudioVideoOffer.Replace("m=video 9", "m=video 0", StringComparison.Ordinal));

        Assert.True(answer.Media[1].IsRejected);
        answer.Media[1].Attributes.Add(new SdpAttribute("bundle-only"));
        Assert.False(answer.Media[1].IsRejected);
    }

    [Fact]
    public void EditsReplaceLinesInPlaceAndKeepTheRest()
    {
        var offer = SdpMessage.Parse(SdpFixtures.ChromiumAudioOffer);
        var audio = offer.Media[0];

        offer.RemoveIceOption("trickle");
        audio.Direction = SdpDirection.Inactive;
        audio.Setup = SdpSetupRole.Passive;
        audio.SetCodecs(audio.GetCodecs().Where(c => c.Name is "PCMU" or "telephone-event" && c.ClockRate == 8000));
        var text = offer.ToString();

        Assert.DoesNotContain("ice-options", text, StringComparison.Ordinal);
        Assert.Contains("m=audio 54321 UDP/TLS/RTP/SAVPF 0 126\r\n", text, StringComparison.Ordinal);
        Assert.Contains("a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid\r\na=inactive\r\na=msid:", text, StringComparison.Ordinal);
        Assert.Contains("a=rtcp-rsize\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:126 telephone-event/8000\r\na=rtcp-xr:rcvr-rtt=all\r\n", text, StringComparison.Ordinal);
        Assert.Contains("a=setup:passive\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text, SdpMessage.Parse(text).ToString());
    }

    [Fact]
    public void NewAnswerCanBeBuiltFromParts()
    {
        var answer = new SdpMessage(new SdpOrigin("-", "1", 1, "IN", "IP4", "127.0.0.1"));
        answer.Timings.Add(new SdpTiming(0, 0));
        answer.BundleGroup = new SdpGroup(SdpGroup.Bundle, ["0"]);
        answer.IceLite = true;
        var audio = new SdpMediaDescription("audio", 50000, "UDP/TLS/RTP/SAVPF", []) { Connection = new SdpConnection("IN", "IP4", "127.0.0.1") };
        audio.Mid = "0";
        audio.IceUfrag = "abcd";
        audio.IcePwd = "0123456789abcdefghijkl";
        audio.Fingerprint = Kandy.Media.Dtls.DtlsCertificate.Default.Fingerprint;
        audio.Setup = SdpSetupRole.Passive;
        audio.Direction = SdpDirection.SendReceive;
        audio.RtcpMux = true;
        audio.SetCodecs([new SdpCodec(0, "PCMU", 8000), new SdpCodec(126, "telephone-event", 8000, null, "0-15")]);
        audio.AddCandidate(new IceCandidate("1", 1, "udp", 2130706431, new IPEndPoint(IPAddress.Loopback, 50000), IceCandidateType.Host));
        audio.EndOfCandidates = true;
        answer.Media.Add(audio);

        var reparsed = SdpMessage.Parse(answer.ToString());

        Assert.StartsWith("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\na=ice-lite\r\nm=audio 50000 UDP/TLS/RTP/SAVPF 0 126\r\n", answer.ToString(), StringComparison.Ordinal);
        Assert.True(reparsed.IceLite);
        Assert.Equal(audio.Fingerprint, reparsed.Media[0].Fingerprint);
        Assert.Equal("0-15", reparsed.Media[0].GetCodecs()[1].Parameters);
        Assert.Equal(50000, reparsed.Media[0].Candidates.Single().EndPoint.Port);
        Assert.True(reparsed.Media[0].EndOfCandidates);
        Assert.Equal(answer.ToString(), reparsed.Clone().ToString());
    }

    [Theory]
    [InlineData(SdpDirection.SendReceive, SdpDirection.SendReceive, SdpDirection.SendReceive)]
    [InlineData(SdpDirection.SendOnly, SdpDirection.SendReceive, SdpDirection.ReceiveOnly)]
    [InlineData(SdpDirection.ReceiveOnly, SdpDirection.SendReceive, SdpDirection.SendOnly)]
    [InlineData(SdpDirection.Inactive, SdpDirection.SendReceive, SdpDirection.Inactive)]
    [InlineData(SdpDirection.SendReceive, SdpDirection.ReceiveOnly, SdpDirection.ReceiveOnly)]
    [InlineData(SdpDirection.SendOnly, SdpDirection.SendOnly, SdpDirection.Inactive)]
    public void AnswerDirectionFollowsRfc3264(SdpDirection offered, SdpDirection local, SdpDirection expected) =>
        Assert.Equal(expected, SdpDirections.Answer(offered, local));
}
