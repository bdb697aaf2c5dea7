// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using Kandy.Media.Audio;
using Kandy.Media.Dtls;
using Kandy.Media.Sdp;
using Kandy.Media.WebRtc;

namespace Kandy.Media.Tests.WebRtc;

/// <summary>Two Kandy.Media peer connections back to back over loopback UDP.</summary>
[Trait("Category", "integration")]
public sealed class PeerConnectionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(DtlsSrtpProfile.Aes128CmHmacSha1Tag80, "AES_CM_128_HMAC_SHA1_80")]
    [InlineData(DtlsSrtpProfile.Aes128CmHmacSha1Tag32, "AES_CM_128_HMAC_SHA1_32")]
    [InlineData(DtlsSrtpProfile.AeadAes128Gcm, "AEAD_AES_128_GCM")]
    public async Task AudioFlowsBothWaysWithEachProfile(DtlsSrtpProfile profile, string cipher)
    {
        await using var offerer = NewPeer(out var offererSink, profile);
        await using var answerer = NewPeer(out var answererSink, profile);

        await ConnectAsync(offerer, answerer);
        await WaitAsync(() => offererSink.FramesReceived >= 10 && answererSink.FramesReceived >= 10);

        var stats = await offerer.GetStatsAsync();
        Assert.Equal(PeerConnectionState.Connected, offerer.ConnectionState);
        Assert.Equal(PeerConnectionState.Connected, answerer.ConnectionState);
        Assert.Equal(cipher, stats.OfType("transport").Single().Get<string>("srtpCipher"));
        Assert.True(stats.OfType("inbound-rtp").Single().Get<long>("packetsReceived") >= 10);
        Assert.True(stats.OfType("outbound-rtp").Single().Get<long>("packetsSent") >= 10);
        Assert.Equal("audio/PCMU", stats.OfType("codec").First().Get<string>("mimeType"));
        Assert.Equal("succeeded", stats.OfType("candidate-pair").Single().Get<string>("state"));
        var transport = stats.OfType("transport").Single();
        Assert.Equal("certificate", stats[transport.Get<string>("localCertificateId")!].Type);
        Assert.Equal("certificate", stats[transport.Get<string>("remoteCertificateId")!].Type);
        Assert.InRange(offererSink.PeakLevel, 7000, 9000);
    }

    [Fact]
    public async Task ReceiverReportsGiveTheSenderRemoteInboundStatsWithRoundTripTime()
    {
        await using var offerer = NewPeer(out _);
        await using var answerer = NewPeer(out _);
        await ConnectAsync(offerer, answerer);

        RtcStats? remote = null;
        await WaitAsync(async () =>
        {
            remote = (await offerer.GetStatsAsync()).OfType("remote-inbound-rtp").SingleOrDefault();
            return remote?.Get<int>("roundTripTimeMeasurements") > 0;
        });

        Assert.NotNull(remote);
        Assert.InRange(remote.Get<double>("roundTripTime"), 0, 1);
        Assert.Equal(0, remote.Get<long>("packetsLost"));
    }

    [Fact]
    public async Task AFingerprintThatDoesNotMatchFailsWithASecurityErrorAndNoMedia()
    {
        await using var offerer = NewPeer(out var offererSink);
        await using var answerer = NewPeer(out var answererSink);
        var offer = await offerer.CreateOfferAsync();
        await offerer.SetLocalDescriptionAsync(offer);
        await answerer.SetRemoteDescriptionAsync(offer);
        var answer = await answerer.CreateAnswerAsync();
        await answerer.SetLocalDescriptionAsync(answer);

        var tampered = SdpMessage.Parse(answer.Sdp);
        tampered.Media[0].Fingerprint = DtlsCertificate.Create(TimeProvider.System).Fingerprint;
        await offerer.SetRemoteDescriptionAsync(new SessionDescription(SdpType.Answer, tampered.ToString()));
        await WaitAsync(() => offerer.ConnectionState == PeerConnectionState.Failed);

        Assert.Equal(DtlsError.FingerprintMismatch, offerer.DtlsError?.Error);
        Assert.True(offerer.DtlsError!.IsSecurityError);
        Assert.Empty((await offerer.GetStatsAsync()).OfType("inbound-rtp"));
        Assert.Equal(0, offererSink.FramesReceived);
        Assert.Equal(0, answererSink.FramesReceived);
    }

    [Fact]
    public async Task AnswerAcceptsAudioAndRejectsVideoInPlace()
    {
        await using var offerer = NewPeer(out _);
        await using var answerer = NewPeer(out _);
        var offer = SdpMessage.Parse((await offerer.CreateOfferAsync()).Sdp);
        var video = new SdpMediaDescription("video", 9, "UDP/TLS/RTP/SAVPF", ["96"]) { Mid = "1" };
        video.Attributes.Add(new SdpAttribute("rtpmap", "96 VP8/90000"));
        offer.Media.Add(video);

        await answerer.SetRemoteDescriptionAsync(new SessionDescription(SdpType.Offer, offer.ToString()));
        var answer = SdpMessage.Parse((await answerer.CreateAnswerAsync()).Sdp);

        Assert.Equal(2, answer.Media.Count);
        Assert.Equal(["0"], answer.Media[0].Formats);
        Assert.Equal(SdpSetupRole.Passive, answer.Media[0].Setup);
        Assert.True(answer.Media[0].RtcpMux);
        Assert.NotEmpty(answer.Media[0].Candidates);
        Assert.Equal(0, answer.Media[1].Port);
        Assert.Equal("1", answer.Media[1].Mid);
        Assert.Equal(["0"], answer.BundleGroup!.MediaIds);
    }

    [Fact]
    public async Task AnOfferWithoutPcmuIsRefused()
    {
        await using var offerer = NewPeer(out _);
        await using var answerer = NewPeer(out _);
        var offer = SdpMessage.Parse((await offerer.CreateOfferAsync()).Sdp);
        offer.Media[0].SetCodecs([new SdpCodec(111, "opus", 48000, 2)]);

        await Assert.ThrowsAnyAsync<FormatException>(() => answerer.SetRemoteDescriptionAsync(new SessionDescription(SdpType.Offer, offer.ToString())));
        Assert.Null(answerer.RemoteDescription);
    }

    [Fact]
    public async Task CloseStopsBothSides()
    {
        await using var offerer = NewPeer(out _);
        await using var answerer = NewPeer(out _);
        await ConnectAsync(offerer, answerer);

        await WaitAsync(() => offerer.ConnectionState == PeerConnectionState.Connected && answerer.ConnectionState == PeerConnectionState.Connected);

        await offerer.CloseAsync();
        await WaitAsync(() => answerer.DtlsState == DtlsState.Closed);

        Assert.Equal(PeerConnectionState.Closed, offerer.ConnectionState);
        Assert.Equal(PeerConnectionState.Closed, answerer.ConnectionState);
    }

    private static PeerConnection NewPeer(out CountingAudioSink sink, params DtlsSrtpProfile[] profiles)
    {
        var peer = new PeerConnection(new PeerConnectionOptions
        {
            IncludeLoopback = true,
            SrtpProfiles = profiles.Length > 0 ? profiles : DtlsSrtpTransportOptions.DefaultSrtpProfiles,
        });
        sink = new CountingAudioSink();
        peer.AddTransceiver(AudioTrack.CreateLocal(new ToneAudioSource())).ReceiveTrack.Sink = sink;
        return peer;
    }

    private static async Task ConnectAsync(PeerConnection offerer, PeerConnection answerer)
    {
        var offer = await offerer.CreateOfferAsync();
        await offerer.SetLocalDescriptionAsync(offer);
        await answerer.SetRemoteDescriptionAsync(offer);
        var answer = await answerer.CreateAnswerAsync();
        await answerer.SetLocalDescriptionAsync(answer);
        await offerer.SetRemoteDescriptionAsync(answer);
    }

    private static Task WaitAsync(Func<bool> condition) => WaitAsync(() => Task.FromResult(condition()));

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Timeout, "The condition did not come true in time.");
            await Task.Delay(20);
        }
    }
}
