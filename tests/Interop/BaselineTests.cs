// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Interop.Tests.Harness;
using Xunit.Abstractions;

namespace Kandy.Interop.Tests;

/// <summary>Foreign peers against each other: the baseline our own numbers are compared to.</summary>
[Trait("Category", "interop")]
[Collection(ForeignPeerGroup.Name)]
public sealed class BaselineTests(ForeignPeerFixture peers, ITestOutputHelper output)
{
    [Fact]
    public async Task ChromiumToChromiumCarriesAudioAndTimesFirstMedia()
    {
        var offerer = await peers.Host.CreatePeerAsync("chromium");
        var answerer = await peers.Host.CreatePeerAsync("chromium");

        var answer = await answerer.AnswerAsync(await offerer.OfferAsync());
        await offerer.AcceptAsync(answer);
        var stats = await offerer.WaitInboundAsync(10, TimeSpan.FromSeconds(10));

        Assert.True(stats["inbound"]?["packetsReceived"]?.GetValue<int>() >= 10, stats.ToJsonString());
        var firstMedia = stats["firstMediaMs"]?.GetValue<double>();
        Assert.NotNull(firstMedia);
        output.WriteLine($"MEASURE chromium->chromium setRemoteDescription(answer) to first media: {firstMedia:F1} ms");
        await offerer.CloseAsync();
        await answerer.CloseAsync();
    }
}
