// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Subscriptions;

namespace Kandy.Core.Tests.Subscriptions;

[Trait("Category", "Unit")]
public sealed class RefreshTimingTests
{
    [Theory]
    [InlineData(3600, 1, 0.0, 1440001)] // d = 1 800 000 ms: lowest delay 0.8d + 1
    [InlineData(3600, 1, 0.999999, 2160000)] // highest: 0.8d + floor(0.4d·r + 1)
    [InlineData(3600, 2, 0.0, 720001)] // after one failure, d halves
    [InlineData(60, 1, 0.0, 24001)] // d = max(30 000, 30 000)
    [InlineData(10, 5, 0.5, 30001)] // floor of 30 s: 24 000 + 6 000 + 1
    public void DelayFollowsTheSdkFormula(double expires, int attempt, double random, double expectedMs)
    {
        Assert.Equal(expectedMs, RefreshTiming.Delay(expires, attempt, random).TotalMilliseconds, 0);
    }

    [Fact]
    public void MissingExpiresFallsBackToThirtySeconds()
    {
        Assert.Equal(24001, RefreshTiming.Delay(null, 1, 0).TotalMilliseconds);
    }
}
