// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Rtcp;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Media.Tests.Rtcp;

[Trait("Category", "unit")]
public sealed class RtcpIntervalTests
{
    [Fact]
    public void SmallSessionsUseTheFiveSecondMinimumHalvedAtFirst()
    {
        var calculator = new RtcpIntervalCalculator(64_000);

        Assert.Equal(TimeSpan.FromSeconds(5), calculator.DeterministicInterval(initial: false));
        Assert.Equal(TimeSpan.FromSeconds(2.5), calculator.DeterministicInterval(initial: true));
        Assert.Equal(TimeSpan.FromSeconds(5 * 0.5 / 1.21828), calculator.NextInterval(false, 0));
        Assert.Equal(TimeSpan.FromSeconds(5 * 1.5 / 1.21828), calculator.NextInterval(false, 1));
    }

    [Fact]
    public void LargeSessionsShareFivePercentOfTheBandwidth()
    {
        // 1000 members, 100-byte reports, 64 kbit/s: 5% = 400 octets/s → 250 s per member.
        var calculator = new RtcpIntervalCalculator(64_000, initialPacketSize: 100) { Members = 1000, Senders = 500 };

        Assert.Equal(250, calculator.DeterministicInterval(false).TotalSeconds, 6);
    }

    [Fact]
    public void SendersGetAQuarterOfRtcpBandwidthWhenTheyAreFew()
    {
        var calculator = new RtcpIntervalCalculator(64_000, initialPacketSize: 100) { Members = 1000, Senders = 10, WeSent = true };

        Assert.Equal(100.0 * 10 / (400 * 0.25), calculator.DeterministicInterval(false).TotalSeconds, 6);
        calculator.WeSent = false;
        Assert.Equal(100.0 * 990 / (400 * 0.75), calculator.DeterministicInterval(false).TotalSeconds, 6);
    }

    [Fact]
    public void ReducedMinimumScalesWithBandwidthAndAverageSizeFollowsPackets()
    {
        var calculator = new RtcpIntervalCalculator(360_000) { ReducedMinimum = true };

        Assert.Equal(TimeSpan.FromSeconds(1), calculator.DeterministicInterval(false));
        calculator.ObservePacket(128 + 160);
        Assert.Equal(138, calculator.AveragePacketSize);
    }

    [Fact]
    public void SchedulerSendsAtRandomisedIntervalsOnTheTimeProvider()
    {
        var time = new FakeTimeProvider();
        var calculator = new RtcpIntervalCalculator(64_000);
        var sent = new List<TimeSpan>();
        var start = time.GetTimestamp();
        using var scheduler = new RtcpScheduler(calculator, time, () =>
        {
            sent.Add(time.GetElapsedTime(start));
            return 100;
        }, new Random(7));
        scheduler.Start();

        for (var i = 0; i < 600; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(sent.Count, scheduler.ReportsSent);
        Assert.InRange(sent.Count, 10, 30);
        Assert.InRange(sent[0].TotalSeconds, 2.5 * 0.5 / 1.21828, 2.5 * 1.5 / 1.21828 * 2);
        var gaps = sent.Zip(sent.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        Assert.All(gaps, gap => Assert.InRange(gap, 5 * 0.5 / 1.21828, 5 * 1.5 / 1.21828 * 2 + 0.2));
        Assert.True(gaps.Distinct().Count() > 1);
    }

    [Fact]
    public void DisposedSchedulerSendsNothingMore()
    {
        var time = new FakeTimeProvider();
        var sends = 0;
        var scheduler = new RtcpScheduler(new RtcpIntervalCalculator(64_000), time, () => ++sends * 0 + 100, new Random(1));
        scheduler.Start();
        scheduler.Dispose();

        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, sends);
    }
}
