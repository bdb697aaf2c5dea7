// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using Kandy.Media.Audio;
using Kandy.Media.Codecs;
using Kandy.Media.Dtls;
using Kandy.Media.Dtmf;
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
        // G.711 keeps the tone's peak exact, so the level check below is tight.
        await using var offerer = NewPeer(out var offererSink, Pcmu(), profile);
        await using var answerer = NewPeer(out var answererSink, Pcmu(), profile);

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
        Assert.Equal(["111", "110"], answer.Media[0].Formats);
        Assert.Equal(SdpSetupRole.Passive, answer.Media[0].Setup);
        Assert.True(answer.Media[0].RtcpMux);
        Assert.NotEmpty(answer.Media[0].Candidates);
        Assert.Equal(0, answer.Media[1].Port);
        Assert.Equal("1", answer.Media[1].Mid);
        Assert.Equal(["0"], answer.BundleGroup!.MediaIds);
    }

    [Fact]
    public async Task AnOfferWithoutACodecWeHaveIsRefused()
    {
        await using var offerer = NewPeer(out _);
        await using var answerer = NewPeer(out _);
        var offer = SdpMessage.Parse((await offerer.CreateOfferAsync()).Sdp);
        offer.Media[0].SetCodecs([new SdpCodec(9, "G722", 8000)]);

        await Assert.ThrowsAnyAsync<FormatException>(() => answerer.SetRemoteDescriptionAsync(new SessionDescription(SdpType.Offer, offer.ToString())));
        Assert.Null(answerer.RemoteDescription);
    }

    [Fact]
    public async Task TheOfferListsOpusFirstThenG711ComfortNoiseAndBothTelephoneEvents()
    {
        await using var offerer = NewPeer(out _);
        var offer = SdpMessage.Parse((await offerer.CreateOfferAsync()).Sdp);

        Assert.Equal(
            ["opus/48000/2", "PCMU/8000", "PCMA/8000", "CN/8000", "telephone-event/48000", "telephone-event/8000"],
            offer.Media[0].GetCodecs().Select(c => c.Channels is > 1 ? $"{c.Name}/{c.ClockRate}/{c.Channels}" : $"{c.Name}/{c.ClockRate}"));
    }

    [Fact]
    public async Task TheAnswererPicksByItsOwnPreferenceAndKeepsTheOfferedPayloadTypes()
    {
        await using var offerer = NewPeer(out _);
        var codecs = new AudioCodecRegistry();
        codecs.SetPreference("PCMA");
        await using var answerer = NewPeer(out var answererSink, codecs);
        var offer = SdpMessage.Parse((await offerer.CreateOfferAsync()).Sdp);
        offer.Media[0].SetCodecs([new SdpCodec(96, "opus", 48000, 2), new SdpCodec(8, "PCMA", 8000), new SdpCodec(101, "telephone-event", 8000, null, "0-15")]);
        await offerer.SetLocalDescriptionAsync(new SessionDescription(SdpType.Offer, offer.ToString()));
        await answerer.SetRemoteDescriptionAsync(new SessionDescription(SdpType.Offer, offer.ToString()));
        var answer = await answerer.CreateAnswerAsync();
        await answerer.SetLocalDescriptionAsync(answer);
        await offerer.SetRemoteDescriptionAsync(answer);

        Assert.Equal([8, 101], SdpMessage.Parse(answer.Sdp).Media[0].GetCodecs().Select(c => c.PayloadType));
        await WaitAsync(() => answererSink.FramesReceived >= 10);
        var codec = (await answerer.GetStatsAsync()).OfType("codec").First();
        Assert.Equal("audio/PCMA", codec.Get<string>("mimeType"));
        Assert.Equal(8, codec.Get<int>("payloadType"));
    }

    [Theory]
    [InlineData("opus")]
    [InlineData("PCMU")]
    public async Task Rfc4733DtmfInsertedOnOneSideIsReceivedOnTheOtherInOrder(string codec)
    {
        var codecs = new AudioCodecRegistry();
        codecs.SetPreference(codec);
        await using var offerer = new PeerConnection(new PeerConnectionOptions { IncludeLoopback = true, AudioCodecs = codecs });
        offerer.AddTransceiver(AudioTrack.CreateLocal(new SilenceAudioSource()));
        await using var answerer = NewPeer(out var answererSink, codecs);
        var digits = new List<DtmfDigitEventArgs>();
        answerer.DtmfReceived += (_, e) =>
        {
            lock (digits)
            {
                digits.Add(e);
            }
        };
        await ConnectAsync(offerer, answerer);

        // Audio arriving means the offerer's media (and so its DTMF sender) is running.
        await WaitAsync(() => answererSink.FramesReceived >= 5);
        offerer.InsertDtmf("19#*A0");
        await WaitAsync(() =>
        {
            lock (digits)
            {
                return digits.Count >= 6;
            }
        });

        await Task.Delay(300);
        lock (digits)
        {
            Assert.Equal("19#*A0", string.Concat(digits.Select(d => d.Digit)));
            Assert.All(digits, d => Assert.Equal(DtmfSource.Rfc4733, d.Source));
        }
    }

    [Fact]
    public async Task InsertDtmfBeforeMediaFlowsThrows()
    {
        await using var peer = NewPeer(out _);

        Assert.Throws<InvalidOperationException>(() => peer.InsertDtmf("1"));
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

    private static AudioCodecRegistry Pcmu()
    {
        var codecs = new AudioCodecRegistry();
        codecs.SetPreference("PCMU");
        return codecs;
    }

    private static PeerConnection NewPeer(out CountingAudioSink sink, params DtlsSrtpProfile[] profiles) => NewPeer(out sink, new AudioCodecRegistry(), profiles);

    private static PeerConnection NewPeer(out CountingAudioSink sink, AudioCodecRegistry codecs, params DtlsSrtpProfile[] profiles)
    {
        var peer = new PeerConnection(new PeerConnectionOptions
        {
            IncludeLoopback = true,
            SrtpProfiles = profiles.Length > 0 ? profiles : DtlsSrtpTransportOptions.DefaultSrtpProfiles,
            AudioCodecs = codecs,
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
