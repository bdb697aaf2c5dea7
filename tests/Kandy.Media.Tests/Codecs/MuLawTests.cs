// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Codecs;

namespace Kandy.Media.Tests.Codecs;

[Trait("Category", "unit")]
public sealed class MuLawTests
{
    [Theory]
    [InlineData(0xFF, 0)]
    [InlineData(0x7F, 0)]
    [InlineData(0x80, 32124)]
    [InlineData(0x00, -32124)]
    [InlineData(0xFE, 8)]
    [InlineData(0x7E, -8)]
    [InlineData(0xEF, 132)]
    public void DecodesG711ReferenceCodes(byte code, short expected)
    {
        Assert.Equal(expected, MuLaw.Decode(code));
    }

    [Theory]
    [InlineData(0, 0xFF)]
    [InlineData(32767, 0x80)]
    [InlineData(-32768, 0x00)]
    [InlineData(8, 0xFE)]
    [InlineData(-8, 0x7E)]
    public void EncodesLinearSamples(short sample, byte expected)
    {
        Assert.Equal(expected, MuLaw.Encode(sample));
    }

    [Fact]
    public void EveryCodeSurvivesDecodeThenEncodeExceptNegativeZero()
    {
        for (var code = 0; code < 256; code++)
        {
            var expected = code == 0x7F ? 0xFF : code;
            Assert.Equal(expected, MuLaw.Encode(MuLaw.Decode((byte)code)));
        }
    }

    [Fact]
    public void QuantisationErrorStaysWithinHalfAStepOfTheSegment()
    {
        for (int sample = short.MinValue; sample <= short.MaxValue; sample += 7)
        {
            var decoded = MuLaw.Decode(MuLaw.Encode((short)sample));
            var magnitude = Math.Min(Math.Abs(sample), 32635);
            var allowed = Math.Max(8, magnitude / 16);
            Assert.InRange(Math.Abs(Math.Clamp(sample, -32635, 32635) - decoded), 0, allowed);
        }
    }

    [Fact]
    public void FrameOverloadsMatchSingleSamples()
    {
        short[] samples = [0, 100, -100, 5000, -5000, short.MaxValue, short.MinValue];
        var codes = new byte[samples.Length];
        var decoded = new short[samples.Length];

        MuLaw.Encode(samples, codes);
        MuLaw.Decode(codes, decoded);

        for (var i = 0; i < samples.Length; i++)
        {
            Assert.Equal(MuLaw.Encode(samples[i]), codes[i]);
            Assert.Equal(MuLaw.Decode(codes[i]), decoded[i]);
        }
    }

    [Fact]
    public void ShortOutputIsRejected()
    {
        Assert.Throws<ArgumentException>(() => MuLaw.Encode(new short[4], new byte[3]));
        Assert.Throws<ArgumentException>(() => MuLaw.Decode(new byte[4], new short[3]));
    }
}
