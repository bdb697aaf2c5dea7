// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using Kandy.Interop.Tests.Harness;
using Kandy.Media.Dtmf;
using Kandy.Media.WebRtc;
using Xunit.Abstractions;

namespace Kandy.Interop.Tests;

/// <summary>Opus and RFC 4733 DTMF with Chromium, Chromium offering as a browser does.</summary>
[Trait("Category", "interop")]
[Collection(ForeignPeerGroup.Name)]
public sealed class DtmfAndLevelInteropTests(ForeignPeerFixture peers, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task DigitsChromiumSendsWithRtcDtmfSenderArriveExactlyAndInOrder()
    {
        const string Tones = "159#*0AD";
        await using var kandy = new KandyPeer();
        var digits = new List<DtmfDigitEventArgs>();
        kandy.Connection.DtmfReceived += (_, e) =>
        {
            lock (digits)
            {
                digits.Add(e);
            }
        };
        var chromium = await ConnectAsync(kandy);

        await chromium.InsertDtmfAsync(Tones, 100, 70);
        var clock = Stopwatch.StartNew();
        while (Count(digits) < Tones.Length && clock.Elapsed < Timeout)
        {
            await Task.Delay(20);
        }

        // Give a duplicated or stray digit the time to show up before the exact comparison.
        await Task.Delay(400);
        lock (digits)
        {
            output.WriteLine(string.Join('\n', digits.Select(d => $"{d.Digit} {d.Source} start {d.Start.TotalMilliseconds} ms, {d.Duration.TotalMilliseconds} ms")));
            Assert.Equal(Tones, string.Concat(digits.Select(d => d.Digit)));
            Assert.All(digits, d => Assert.Equal(DtmfSource.Rfc4733, d.Source));
            Assert.All(digits, d => Assert.InRange(d.Duration.TotalMilliseconds, 80, 160));
        }

        await chromium.CloseAsync();
    }

    [Fact]
    public async Task ChromiumHearsOurOpusToneAtItsLevel()
    {
        await using var kandy = new KandyPeer();
        var chromium = await ConnectAsync(kandy);
        await chromium.WaitInboundAsync(50, Timeout);

        // audioLevel is the peak over a short window relative to full scale; KandyPeer's tone peaks at 0.25.
        var level = 0.0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            var stats = await chromium.StatsAsync();
            level = stats["inbound"]?["audioLevel"]?.GetValue<double>() ?? 0;
            if (level > 0)
            {
                output.WriteLine(stats.ToJsonString());
                break;
            }

            await Task.Delay(50);
        }

        Assert.InRange(level, 0.2, 0.3);
        await chromium.CloseAsync();
    }

    private async Task<ForeignPeer> ConnectAsync(KandyPeer kandy)
    {
        var chromium = await peers.Host.CreatePeerAsync("chromium");
        await chromium.AcceptAsync(await kandy.AnswerAsync(await chromium.OfferAsync()));
        await kandy.WaitForAudioAsync(10, Timeout);
        Assert.Equal(PeerConnectionState.Connected, kandy.Connection.ConnectionState);
        Assert.Equal("audio/opus", (await kandy.StatsAsync("codec"))?.Get<string>("mimeType"));
        return chromium;
    }

    private static int Count(List<DtmfDigitEventArgs> digits)
    {
        lock (digits)
        {
            return digits.Count;
        }
    }
}
