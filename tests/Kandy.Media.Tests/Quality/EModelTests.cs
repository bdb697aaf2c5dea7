// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Quality;

namespace Kandy.Media.Tests.Quality;

[Trait("Category", "unit")]
public sealed class EModelTests
{
    [Fact]
    public void PerfectShortConnectionScoresTheDefaultRating()
    {
        var r = EModel.RatingFactor(TimeSpan.FromMilliseconds(50), 0, EModelCodec.G711);

        Assert.Equal(93.2, r, 3);
        Assert.InRange(EModel.ToMos(r), 4.40, 4.42);
    }

    [Theory]
    [InlineData(0, 50, 4.3, 4.5)]
    [InlineData(1, 50, 4.2, 4.4)]
    [InlineData(5, 50, 3.85, 4.0)]
    [InlineData(10, 50, 3.4, 3.65)]
    [InlineData(0, 300, 3.8, 4.1)]
    [InlineData(0, 500, 2.8, 3.4)]
    [InlineData(5, 400, 2.5, 3.0)]
    public void G711WithConcealmentScoresInTheExpectedRange(double lossPercent, int delayMs, double low, double high)
    {
        var mos = EModel.EstimateMos(TimeSpan.FromMilliseconds(delayMs), lossPercent, EModelCodec.G711);

        Assert.InRange(mos, low, high);
    }

    [Fact]
    public void WithoutConcealmentLossHurtsFarMore()
    {
        var withPlc = EModel.EstimateMos(TimeSpan.FromMilliseconds(50), 10, EModelCodec.G711);
        var withoutPlc = EModel.EstimateMos(TimeSpan.FromMilliseconds(50), 10, EModelCodec.G711WithoutConcealment);

        Assert.InRange(withoutPlc, 1, 2.3);
        Assert.True(withPlc > withoutPlc + 1);
    }

    [Fact]
    public void BurstyLossScoresLowerThanRandomLoss()
    {
        var random = EModel.EstimateMos(TimeSpan.FromMilliseconds(50), 5, EModelCodec.Opus);
        var bursty = EModel.EstimateMos(TimeSpan.FromMilliseconds(50), 5, EModelCodec.Opus, burstRatio: 3);

        Assert.True(bursty < random);
    }

    [Theory]
    [InlineData(-5, 1)]
    [InlineData(0, 1)]
    [InlineData(100, 4.5)]
    [InlineData(50, 2.575)]
    public void RatingConvertsToMosAtTheEnds(double r, double mos) => Assert.Equal(mos, EModel.ToMos(r), 4);

    [Fact]
    public void DelayImpairmentStartsAtOneHundredMilliseconds()
    {
        Assert.Equal(0, EModel.DelayImpairment(100));
        Assert.InRange(EModel.DelayImpairment(200), 3, 5);
        Assert.InRange(EModel.DelayImpairment(300), 14, 15.5);
    }
}
