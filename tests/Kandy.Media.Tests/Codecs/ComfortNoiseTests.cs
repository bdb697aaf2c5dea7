// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Codecs;
using Kandy.Media.Tests.Audio;

namespace Kandy.Media.Tests.Codecs;

[Trait("Category", "unit")]
public sealed class ComfortNoiseTests
{
    [Fact]
    public void FullScaleSquareWaveIsZeroDbov()
    {
        var square = Enumerable.Range(0, 160).Select(i => i % 2 == 0 ? short.MaxValue : (short)-short.MaxValue).ToArray();

        Assert.Equal(0, ComfortNoise.MeasureLevel(square));
        Assert.Equal(ComfortNoise.MinimumLevel, ComfortNoise.MeasureLevel(new short[160]));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(50)]
    [InlineData(70)]
    public void GeneratedNoiseMeasuresAtItsLevel(int level)
    {
        var noise = new short[8000];
        ComfortNoise.Generate(level, new Random(7), noise);

        Assert.InRange(ComfortNoise.MeasureLevel(noise), level - 1, level + 1);
        Assert.True(ComfortNoise.TryReadLevel([(byte)level, 0x10, 0x20], out var read));
        Assert.Equal(level, read);
    }

    [Fact]
    public void EmptyOrOutOfRangePayloadIsRejected()
    {
        Assert.False(ComfortNoise.TryReadLevel([], out _));
        Assert.False(ComfortNoise.TryReadLevel([200], out _));
    }
}
