// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.RegularExpressions;
using Kandy.Interop.Tests.Harness;
using Kandy.Media.Dtls;
using Kandy.Media.WebRtc;
using Xunit.Abstractions;

namespace Kandy.Interop.Tests;

/// <summary>Relay-only connectivity through a real TURN server, and the fingerprint check against a real browser.</summary>
[Trait("Category", "interop")]
[Collection(ForeignPeerGroup.Name)]
public sealed partial class SecurityAndRelayTests(ForeignPeerFixture peers, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ChromiumRelayOnlyThroughCoturnCarriesAudioBothWays()
    {
        await using var turn = await CoturnServer.StartAsync();
        await using var kandy = new KandyPeer();
        var chromium = await peers.Host.CreatePeerAsync("chromium", new { iceTransportPolicy = "relay", iceServers = new[] { turn.IceServer } });

        var offer = await chromium.OfferAsync();
        Assert.Contains(" typ relay", offer, StringComparison.Ordinal);
        Assert.DoesNotContain(" typ host", offer, StringComparison.Ordinal);
        await chromium.AcceptAsync(await kandy.AnswerAsync(offer));
        await kandy.WaitForAudioAsync(10, Timeout);
        var remote = await chromium.WaitInboundAsync(10, Timeout);
        var pair = (await kandy.Connection.GetStatsAsync()).OfType("remote-candidate").Single();

        output.WriteLine(remote.ToJsonString());
        Assert.Equal(PeerConnectionState.Connected, kandy.Connection.ConnectionState);
        Assert.Equal("relay", remote["local"]?["candidateType"]?.GetValue<string>());
        Assert.InRange(pair.Get<int>("port"), CoturnServer.MinRelayPort, CoturnServer.MaxRelayPort);
        Assert.True(kandy.Sink.FramesReceived >= 10, $"Kandy heard {kandy.Sink.FramesReceived} frames");
        Assert.True(remote["inbound"]?["packetsReceived"]?.GetValue<int>() >= 10, remote.ToJsonString());
        await chromium.CloseAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AWrongFingerprintInTheRemoteDescriptionFailsTheConnectionAndNoMediaIsAccepted(bool kandyOffers)
    {
        await using var kandy = new KandyPeer();
        var chromium = await peers.Host.CreatePeerAsync("chromium");

        if (kandyOffers)
        {
            var answer = await chromium.AnswerAsync(await kandy.OfferAsync());
            await kandy.AcceptAsync(Tamper(answer));
        }
        else
        {
            await chromium.AcceptAsync(await kandy.AnswerAsync(Tamper(await chromium.OfferAsync())));
        }

        await kandy.WaitForStateAsync(PeerConnectionState.Failed, Timeout);
        var remote = await chromium.StatsAsync();
        var ours = await kandy.Connection.GetStatsAsync();

        output.WriteLine(remote.ToJsonString());
        Assert.Equal(PeerConnectionState.Failed, kandy.Connection.ConnectionState);
        Assert.Equal(DtlsError.FingerprintMismatch, kandy.Connection.DtlsError?.Error);
        Assert.True(kandy.Connection.DtlsError?.IsSecurityError);
        Assert.Equal(0, kandy.Sink.FramesReceived);
        Assert.Empty(ours.OfType("inbound-rtp"));
        Assert.Equal(0, ours.OfType("outbound-rtp").Single().Get<long>("packetsSent"));
        Assert.Equal(0, remote["inbound"]?["packetsReceived"]?.GetValue<int>() ?? 0);
        await chromium.CloseAsync();
    }

    /// <summary>Replaces the certificate digest with another valid-looking one, as an attacker in the signalling path would.</summary>
    private static string Tamper(string sdp)
    {
        var stranger = DtlsCertificate.Create(TimeProvider.System).Fingerprint.ToString();
        var tampered = FingerprintLine().Replace(sdp, "a=fingerprint:" + stranger);
        Assert.NotEqual(sdp, tampered);
        return tampered;
    }

    [GeneratedRegex("a=fingerprint:sha-256 [0-9A-F:]+")]
    private static partial Regex FingerprintLine();
}
