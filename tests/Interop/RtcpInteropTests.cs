// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using Kandy.Interop.Tests.Harness;
using Kandy.Media.WebRtc;
using Xunit.Abstractions;

namespace Kandy.Interop.Tests;

/// <summary>RTCP sender and receiver reports understood both ways: each side's remote-inbound-rtp comes from the other's reports.</summary>
[Trait("Category", "interop")]
[Collection(ForeignPeerGroup.Name)]
public sealed class RtcpInteropTests(ForeignPeerFixture peers, ITestOutputHelper output)
{
    [Fact]
    public async Task ChromiumAndKandyEachMeasureRoundTripTimeFromTheOthersReports()
    {
        await using var kandy = new KandyPeer();
        var chromium = await peers.Host.CreatePeerAsync("chromium");
        await chromium.AcceptAsync(await kandy.AnswerAsync(await chromium.OfferAsync()));

        // Reports go out about once a second; an RTT needs our SR, then the peer's RR that echoes it.
        RtcStats? ours = null;
        System.Text.Json.Nodes.JsonNode? theirs = null;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            ours = (await kandy.Connection.GetStatsAsync()).OfType("remote-inbound-rtp").SingleOrDefault();
            theirs = (await chromium.StatsAsync())["remoteInbound"];
            if (ours?.Get<int>("roundTripTimeMeasurements") > 0 && theirs?["roundTripTimeMeasurements"]?.GetValue<int>() > 0)
            {
                break;
            }

            await Task.Delay(100);
        }

        output.WriteLine($"ours: {ours}");
        output.WriteLine($"chromium: {theirs?.ToJsonString()}");
        Assert.True(ours?.Get<int>("roundTripTimeMeasurements") > 0, "Kandy.Media got no RTT from Chromium's receiver reports");
        Assert.InRange(ours!.Get<double>("roundTripTime"), 0, 0.5);
        Assert.True(theirs?["roundTripTimeMeasurements"]?.GetValue<int>() > 0, "Chromium got no RTT from Kandy.Media's receiver reports");
        Assert.InRange(theirs!["roundTripTime"]!.GetValue<double>(), 0, 0.5);
        await chromium.CloseAsync();
    }
}
