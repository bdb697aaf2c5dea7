// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Interop.Tests.Harness;
using Kandy.Media.Dtls;
using Kandy.Media.WebRtc;
using Xunit.Abstractions;

namespace Kandy.Interop.Tests;

/// <summary>Audio both ways between Kandy.Media and a foreign peer, each side offering, each SRTP profile forced.</summary>
/// <remarks>
/// Kandy.Media is the DTLS server in every case (it answers <c>passive</c>, and the foreign peers answer
/// <c>active</c> to an <c>actpass</c> offer), so the profile list given to Kandy.Media picks the profile.
/// </remarks>
[Trait("Category", "interop")]
[Collection(ForeignPeerGroup.Name)]
public sealed class AudioInteropTests(ForeignPeerFixture peers, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Every profile each foreign peer offers in its ClientHello, with each side offering.</summary>
    public static TheoryData<string, bool, DtlsSrtpProfile> Cases()
    {
        var data = new TheoryData<string, bool, DtlsSrtpProfile>();
        foreach (var kandyOffers in new[] { false, true })
        {
            data.Add("chromium", kandyOffers, DtlsSrtpProfile.Aes128CmHmacSha1Tag80);
            data.Add("chromium", kandyOffers, DtlsSrtpProfile.AeadAes128Gcm);
            data.Add("wrtc", kandyOffers, DtlsSrtpProfile.Aes128CmHmacSha1Tag80);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AudioFlowsBothWaysWithTheForcedProfile(string kind, bool kandyOffers, DtlsSrtpProfile profile)
    {
        await using var kandy = new KandyPeer(profile);
        var foreign = await peers.Host.CreatePeerAsync(kind);

        if (kandyOffers)
        {
            var answer = await foreign.AnswerAsync(await kandy.OfferAsync());
            await kandy.AcceptAsync(answer);
        }
        else
        {
            await foreign.AcceptAsync(await kandy.AnswerAsync(await foreign.OfferAsync()));
        }

        await kandy.WaitForAudioAsync(10, Timeout);
        var remote = await foreign.WaitInboundAsync(10, Timeout);
        var ours = await kandy.Connection.GetStatsAsync();
        output.WriteLine(remote.ToJsonString());
        output.WriteLine(string.Join('\n', ours.Values));
        output.WriteLine($"DTLS error: {kandy.Connection.DtlsError?.Error} {kandy.Connection.DtlsError?.InnerException}");
        if (kandyOffers)
        {
            output.WriteLine($"MEASURE kandy<-{kind} SetRemoteDescription(answer) to first SRTP packet decrypted: {kandy.Connection.TimeToFirstMedia?.TotalMilliseconds:F1} ms");
        }

        Assert.Equal(PeerConnectionState.Connected, kandy.Connection.ConnectionState);
        Assert.True(kandy.Sink.FramesReceived >= 10, $"Kandy heard {kandy.Sink.FramesReceived} frames");
        Assert.True(ours.OfType("inbound-rtp").Single().Get<long>("packetsReceived") >= 10);
        Assert.True(ours.OfType("outbound-rtp").Single().Get<long>("packetsSent") >= 10);
        Assert.True(remote["inbound"]?["packetsReceived"]?.GetValue<int>() >= 10, remote.ToJsonString());
        var expectedCipher = profile == DtlsSrtpProfile.AeadAes128Gcm ? "GCM" : "SHA1_80";
        Assert.Contains(expectedCipher, ours.OfType("transport").Single().Get<string>("srtpCipher"), StringComparison.Ordinal);
        Assert.Contains(expectedCipher, remote["transport"]?["srtpCipher"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, kandy.Connection.DroppedDatagrams);
        await foreign.CloseAsync();
    }

    /// <remarks>
    /// Chromium 156 offers 0x0001, 0x0008 and 0x0007 in its ClientHello; @roamhq/wrtc 0.10.0 (libwebrtc with default
    /// crypto options) offers no GCM either. Forcing a profile the peer lacks must fail the handshake cleanly.
    /// </remarks>
    [Theory]
    [InlineData("chromium", DtlsSrtpProfile.Aes128CmHmacSha1Tag32)]
    [InlineData("wrtc", DtlsSrtpProfile.Aes128CmHmacSha1Tag32)]
    [InlineData("wrtc", DtlsSrtpProfile.AeadAes128Gcm)]
    public async Task ProfileTheForeignPeerDoesNotOfferFailsTheHandshakeCleanly(string kind, DtlsSrtpProfile profile)
    {
        await using var kandy = new KandyPeer(profile);
        var foreign = await peers.Host.CreatePeerAsync(kind);

        await foreign.AcceptAsync(await kandy.AnswerAsync(await foreign.OfferAsync()));
        await kandy.WaitForStateAsync(PeerConnectionState.Failed, Timeout);

        Assert.Equal(PeerConnectionState.Failed, kandy.Connection.ConnectionState);
        Assert.Equal(DtlsError.NoCommonSrtpProfile, kandy.Connection.DtlsError?.Error);
        Assert.Equal(0, kandy.Sink.FramesReceived);
        await foreign.CloseAsync();
    }
}
