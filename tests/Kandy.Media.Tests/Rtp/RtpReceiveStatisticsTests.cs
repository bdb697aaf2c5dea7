// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Rtp;

namespace Kandy.Media.Tests.Rtp;

[Trait("Category", "unit")]
public sealed class RtpReceiveStatisticsTests
{
    private static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void ExtendedSequenceNumberCountsCyclesAcrossTheWrap()
    {
        var stats = new RtpReceiveStatistics(8000);
        var sequence = (ushort)65530;
        for (var i = 0; i < 20; i++)
        {
            stats.Update(sequence++, (uint)(i * 160), Frame * i);
        }

        Assert.Equal(65536u + 13, stats.ExtendedHighestSequenceNumber);
        Assert.Equal(20, stats.PacketsExpected);
        Assert.Equal(0, stats.CumulativeLost);
    }

    [Fact]
    public void LossIsCountedCumulativelyAndAsFractionPerInterval()
    {
        var stats = new RtpReceiveStatistics(8000);
        for (ushort seq = 0; seq < 100; seq++)
        {
            if (seq % 4 != 3)
            {
                stats.Update(seq, seq * 160u, Frame * seq);
            }
        }

        // Highest received is 98 (99 was lost unseen): 99 expected, 75 received.
        Assert.Equal(99, stats.PacketsExpected);
        Assert.Equal(24, stats.CumulativeLost);
        Assert.Equal(24 * 256 / 99, stats.TakeFractionLost());
        Assert.Equal(0, stats.TakeFractionLost());
    }

    [Fact]
    public void DuplicatesAndReorderingKeepTheHighestAndCanMakeLossNegative()
    {
        var stats = new RtpReceiveStatistics(8000);
        stats.Update(10, 0, TimeSpan.Zero);
        stats.Update(12, 320, Frame * 2);
        stats.Update(11, 160, Frame);
        stats.Update(11, 160, Frame);
        stats.Update(11, 160, Frame);

        Assert.Equal(12u, stats.ExtendedHighestSequenceNumber);
        Assert.Equal(-2, stats.CumulativeLost);
        Assert.Equal(0, stats.TakeFractionLost());
    }

    [Fact]
    public void LargeJumpIsBelievedOnlyWhenTheNextPacketFollowsIt()
    {
        var stats = new RtpReceiveStatistics(8000);
        stats.Update(100, 0, TimeSpan.Zero);

        Assert.False(stats.Update(30000, 0, Frame));
        Assert.Equal(100u, stats.ExtendedHighestSequenceNumber);
        Assert.True(stats.Update(30001, 160, Frame * 2));
        Assert.Equal(30001u, stats.ExtendedHighestSequenceNumber);
        Assert.Equal(1, stats.PacketsExpected);
    }

    [Fact]
    public void JitterIsZeroForPerfectlyPacedPackets()
    {
        var stats = new RtpReceiveStatistics(48000);
        for (ushort seq = 0; seq < 50; seq++)
        {
            stats.Update(seq, seq * 960u, Frame * seq);
        }

        Assert.Equal(0u, stats.Jitter);
    }

    [Fact]
    public void JitterFollowsTheRfc3550Estimator()
    {
        var stats = new RtpReceiveStatistics(8000);
        double expected = 0;
        var arrivals = new[] { 0, 22, 38, 61, 80, 104, 119 };
        for (var i = 0; i < arrivals.Length; i++)
        {
            stats.Update((ushort)i, (uint)(i * 160), TimeSpan.FromMilliseconds(arrivals[i]));
            if (i > 0)
            {
                var d = Math.Abs(((arrivals[i] - arrivals[i - 1]) * 8) - 160);
                expected += (d - expected) / 16;
            }
        }

        Assert.Equal((uint)expected, stats.Jitter);
        Assert.True(stats.Jitter > 0);
        Assert.Equal(expected / 8000, stats.JitterSeconds, 6);
    }
}
