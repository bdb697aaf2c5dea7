// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Configuration;
using Kandy.Core.Transports;

namespace Kandy.Core.Tests.Transports;

[Trait("Category", "Unit")]
public sealed class ReconnectScheduleTests
{
    [Fact]
    public void DefaultsTryFiveTimesFiveSecondsApart()
    {
        var schedule = new ReconnectSchedule(new KandyConnectivityOptions());
        Assert.Equal(TimeSpan.FromSeconds(5), schedule.Delay);
        for (var attempt = 1; attempt < 5; attempt++)
        {
            Assert.Equal(TimeSpan.FromSeconds(4), schedule.Failed(timedOut: false, took: TimeSpan.FromSeconds(1)));
            Assert.Equal(TimeSpan.FromSeconds(5), schedule.Delay);
        }

        Assert.Null(schedule.Failed(timedOut: false, took: TimeSpan.Zero));
        Assert.Equal("Could not connect to websocket. Received error on open.", schedule.FailureMessage(false));
        Assert.Equal("Websocket connection timed out. Tried 5 times to connect.", schedule.FailureMessage(true));
    }

    [Fact]
    public void FirstDelayHasATwoSecondFloor()
    {
        var schedule = new ReconnectSchedule(new KandyConnectivityOptions { ReconnectDelay = TimeSpan.FromMilliseconds(500) });
        Assert.Equal(TimeSpan.FromSeconds(2), schedule.Delay);

        // After the first failure the delay is D·M^1 = 500 ms: the floor applies only to the first attempt.
        schedule.Failed(timedOut: true, took: TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.FromMilliseconds(500), schedule.Delay);
    }

    [Fact]
    public void DelayGrowsByTheMultiplierUpToTheLimit()
    {
        var schedule = new ReconnectSchedule(new KandyConnectivityOptions
        {
            ReconnectDelay = TimeSpan.FromSeconds(3),
            ReconnectTimeMultiplier = 2,
            ReconnectTimeLimit = TimeSpan.FromSeconds(20),
            ReconnectLimit = 0,
        });
        var delays = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(TimeSpan.Zero, schedule.Failed(timedOut: true, took: schedule.Delay));
            delays.Add(schedule.Delay.TotalSeconds);
        }

        Assert.Equal([6, 12, 20, 20, 20], delays);
    }

    [Fact]
    public void AnErrorWaitsTheRestOfTheCurrentDelay()
    {
        var schedule = new ReconnectSchedule(new KandyConnectivityOptions { ReconnectDelay = TimeSpan.FromSeconds(3), ReconnectTimeMultiplier = 2 });
        Assert.Equal(TimeSpan.FromMilliseconds(2700), schedule.Failed(timedOut: false, took: TimeSpan.FromMilliseconds(300)));
    }
}
