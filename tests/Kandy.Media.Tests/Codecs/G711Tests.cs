// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Codecs;

namespace Kandy.Media.Tests.Codecs;

[Trait("Category", "unit")]
public sealed class G711Tests
{
    [Theory]
    [InlineData((short)0, 0xFF)]
    [InlineData((short)-1, 0x7F)]
    [InlineData((short)32767, 0x80)]
    [InlineData((short)-32768, 0x00)]
    [InlineData((short)1000, 0xCE)]
    public void MuLawEncodesKnownValues(short sample, int code) => Assert.Equal((byte)code, MuLaw.Encode(sample));

    [Theory]
    [InlineData((short)0, 0xD5)]
    [InlineData((short)-8, 0x55)]
    [InlineData((short)32767, 0xAA)]
    [InlineData((short)-32768, 0x2A)]
    [InlineData((short)1000, 0xFA)]
    public void ALawEncodesKnownValues(short sample, int code) => Assert.Equal((byte)code, ALaw.Encode(sample));

    [Theory]
    [InlineData(0xD5, 8)]
    [InlineData(0x55, -8)]
    [InlineData(0xAA, 32256)]
    [InlineData(0x2A, -32256)]
    public void ALawDecodesKnownValues(int code, int sample) => Assert.Equal((short)sample, ALaw.Decode((byte)code));

    [Fact]
    public void EveryALawCodeSurvivesDecodeAndEncode()
    {
        for (var code = 0; code < 256; code++)
        {
            Assert.Equal((byte)code, ALaw.Encode(ALaw.Decode((byte)code)));
        }
    }

    [Theory]
    [InlineData(G711Law.MuLaw)]
    [InlineData(G711Law.ALaw)]
    public void RoundTripErrorStaysWithinHalfAQuantisationStep(G711Law law)
    {
        for (int x = short.MinValue; x <= short.MaxValue; x++)
        {
            var sample = (short)x;
            var back = law == G711Law.MuLaw ? MuLaw.Decode(MuLaw.Encode(sample)) : ALaw.Decode(ALaw.Encode(sample));
            var error = Math.Abs(back - x);

            // Steps are 1/16 of the segment size (error at most 1/32 of the biased value), 16 units near zero,
            // and full scale clips at the largest code (32124 µ-law, 32256 A-law).
            var clip = law == G711Law.MuLaw ? 32124 : 32256;
            var bound = Math.Max(8, ((Math.Abs(x) + 132) / 32.0) + 1) + Math.Max(0, Math.Abs(x) - clip);
            Assert.True(error <= bound, $"{law}: {x} came back as {back}");
        }
    }

    [Theory]
    [InlineData(G711Law.MuLaw)]
    [InlineData(G711Law.ALaw)]
    public void EncoderAndDecoderCarryAToneAtEightKilohertz(G711Law law)
    {
        var encoder = new G711Encoder(law);
        var decoder = new G711Decoder(law);
        var tone = Audio.Signal.Sine(1000, 10000, 8000, 160);
        var payload = new byte[160];
        var decoded = new short[160];

        Assert.Equal(160, encoder.Encode(tone, payload));
        Assert.Equal(160, decoder.Decode(payload, decoded));

        Assert.Equal(law == G711Law.MuLaw ? 0 : 8, encoder.Codec.PayloadType);
        Assert.InRange(Audio.Signal.Decibels(Audio.Signal.Rms(decoded) / Audio.Signal.Rms(tone)), -0.2, 0.2);
    }

    [Fact]
    public void ConcealmentRepeatsTheLastFrameFadingOut()
    {
        var decoder = new G711Decoder(G711Law.MuLaw);
        var payload = new byte[160];
        MuLaw.Encode(Audio.Signal.Sine(500, 16000, 8000, 160), payload);
        var good = new short[160];
        decoder.Decode(payload, good);
        var first = new short[160];
        var second = new short[160];

        decoder.Conceal(ReadOnlySpan<byte>.Empty, first);
        decoder.Conceal(ReadOnlySpan<byte>.Empty, second);

        Assert.InRange(Audio.Signal.Rms(first) / Audio.Signal.Rms(good), 0.45, 0.55);
        Assert.InRange(Audio.Signal.Rms(second) / Audio.Signal.Rms(good), 0.2, 0.3);
    }
}
