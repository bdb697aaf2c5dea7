// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Interop.Tests.Harness;
using Kandy.Media.WebRtc;
using Xunit.Abstractions;

namespace Kandy.Interop.Tests;

/// <summary>Headless Debian Chromium against Kandy.Media, each side offering.</summary>
[Trait("Category", "interop")]
public sealed class ChromiumTests(ForeignPeerFixture peers, ITestOutputHelper output) : IClassFixture<ForeignPeerFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ChromiumOffersKandyAnswersAndAudioFlowsBothWays()
    {
        await using var kandy = new KandyPeer();
        var chromium = await peers.Host.CreatePeerAsync("chromium");

        var answer = await kandy.AnswerAsync(await chromium.OfferAsync());
        await chromium.AcceptAsync(answer);
        await kandy.WaitForAudioAsync(10, Timeout);
        var remote = await chromium.WaitInboundAsync(10, Timeout);

        output.WriteLine(remote.ToJsonString());
        output.WriteLine(string.Join('\n', (await kandy.Connection.GetStatsAsync()).Values));
        Assert.Equal(PeerConnectionState.Connected, kandy.Connection.ConnectionState);
        Assert.True(kandy.Sink.FramesReceived >= 10, $"Kandy heard {kandy.Sink.FramesReceived} frames");
        Assert.True(remote["inbound"]?["packetsReceived"]?.GetValue<int>() >= 10, remote.ToJsonString());
        await chromium.CloseAsync();
    }
}
