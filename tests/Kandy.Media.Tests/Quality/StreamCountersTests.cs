// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Quality;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Media.Tests.Quality;

[Trait("Category", "unit")]
public sealed class StreamCountersTests
{
    [Fact]
    public void SteadyStreamHasNoLossAndNoJitter()
    {
        var time = new FakeTimeProvider();
        var counters = new StreamCounters(8000, time);

        for (var i = 0; i < 100; i++)
        {
            counters.PacketReceived((ushort)(65500 + i), (uint)(i * 160), 160);
            time.Advance(TimeSpan.FromMilliseconds(20));
        }

        var stats = counters.GetStatistics();
        Assert.Equal(100, stats.PacketsReceived);
        Assert.Equal(16000, stats.BytesReceived);
        Assert.Equal(0, stats.PacketsLost);
        Assert.Equal(TimeSpan.Zero, stats.Jitter);
    }

    [Fact]
    public void GapsCountAsLossAndUnevenArrivalAsJitter()
    {
        var time = new FakeTimeProvider();
        var counters = new StreamCounters(8000, time);

        for (var i = 0; i < 200; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(i % 2 == 0 ? 10 : 30));
            if (i % 10 != 5)
            {
                counters.PacketReceived((ushort)i, (uint)(i * 160), 160);
            }
        }

        var stats = counters.GetStatistics();
        Assert.Equal(20, stats.PacketsLost);
        Assert.Equal(10, stats.PacketLossPercent, 6);

        // Alternating ±10 ms transit differences converge to a jitter of about 10 ms.
        Assert.InRange(stats.Jitter.TotalMilliseconds, 7, 11);
    }

    [Fact]
    public void PlayedFramesAddLevelEnergyAndConcealment()
    {
        var counters = new StreamCounters(48000);
        var loud = Enumerable.Repeat((short)16384, 960).ToArray();

        counters.FramePlayed(loud, 48000, concealed: false);
        counters.FramePlayed(loud, 48000, concealed: true);
        counters.PacketSent(100);
        counters.RoundTripMeasured(TimeSpan.FromMilliseconds(80));

        var stats = counters.GetStatistics();
        Assert.Equal(0.5, stats.AudioLevel, 3);
        Assert.Equal(0.04, stats.TotalSamplesDuration, 6);
        Assert.Equal(0.25 * 0.04, stats.TotalAudioEnergy, 3);
        Assert.Equal(960, stats.ConcealedSamples);
        Assert.Equal(1920, stats.TotalSamplesReceived);
        Assert.Equal(1, stats.PacketsSent);
        Assert.InRange(counters.EstimateMos(EModelCodec.Opus, TimeSpan.FromMilliseconds(60)), 4.3, 4.5);
    }
}
