// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Audio;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Media.Tests.Audio;

[Trait("Category", "unit")]
public sealed class AudioFrameClockTests
{
    [Fact]
    public void AnHourOfLateTimerCallbacksDoesNotDrift()
    {
        var time = new FakeTimeProvider();
        var ticks = new List<AudioFrameTick>();
        var maxLateness = TimeSpan.Zero;
        long count = 0;
        AudioFrameTick last = default;
        using var clock = new AudioFrameClock(time, TimeSpan.FromMilliseconds(20), tick =>
        {
            count++;
            last = tick;
            maxLateness = tick.Lateness > maxLateness ? tick.Lateness : maxLateness;
            Assert.Equal(count, tick.Index);
        });
        clock.Start();

        // Timers fire late by a varying amount, as on a loaded machine: advance in uneven steps.
        int[] stepsMs = [7, 13, 29, 3, 31, 17];
        var elapsed = TimeSpan.Zero;
        var hour = TimeSpan.FromHours(1);
        for (var i = 0; elapsed < hour; i++)
        {
            var step = TimeSpan.FromMilliseconds(stepsMs[i % stepsMs.Length]);
            step = elapsed + step > hour ? hour - elapsed : step;
            time.Advance(step);
            elapsed += step;
        }

        Assert.Equal(180_000, count);
        var drift = (elapsed - last.Scheduled).Duration();
        Assert.True(drift < TimeSpan.FromMilliseconds(1), $"drift {drift}");
        Assert.Equal(TimeSpan.FromMilliseconds(20) * 180_000, last.Scheduled);
        Assert.True(maxLateness < TimeSpan.FromMilliseconds(31), $"lateness {maxLateness}");
    }

    [Fact]
    public void PacketTimeIsConfigurable()
    {
        var time = new FakeTimeProvider();
        var count = 0;
        using var clock = new AudioFrameClock(time, TimeSpan.FromMilliseconds(30), _ => count++);
        clock.Start();

        for (var i = 0; i < 29; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(10));
        }

        time.Advance(TimeSpan.FromMilliseconds(9));
        Assert.Equal(9, count);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(10, count);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AudioFrameClock(time, TimeSpan.FromMilliseconds(5), _ => { }));
    }

    [Fact]
    public void StalledProcessCatchesUpTheMissedFrames()
    {
        var time = new FakeTimeProvider();
        var indices = new List<long>();
        using var clock = new AudioFrameClock(time, TimeSpan.FromMilliseconds(20), tick => indices.Add(tick.Index));
        clock.Start();

        time.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal([1, 2, 3, 4, 5], indices);
    }

    [Fact]
    public void LongStallSkipsAllButTheLastFewFrames()
    {
        var time = new FakeTimeProvider();
        var indices = new List<long>();
        using var clock = new AudioFrameClock(time, TimeSpan.FromMilliseconds(20), tick => indices.Add(tick.Index));
        clock.Start();

        time.Advance(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromMilliseconds(20));

        Assert.Equal([46, 47, 48, 49, 50, 51], indices);
        Assert.Equal(45, clock.FramesSkipped);
        Assert.Equal(51, clock.FramesTicked);
    }

    [Fact]
    public void DisposedClockStopsTicking()
    {
        var time = new FakeTimeProvider();
        var count = 0;
        var clock = new AudioFrameClock(time, TimeSpan.FromMilliseconds(20), _ => count++);
        clock.Start();
        time.Advance(TimeSpan.FromMilliseconds(40));

        clock.Dispose();
        time.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(2, count);
        Assert.Throws<ObjectDisposedException>(clock.Start);
    }
}
