// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Codecs;
using Kandy.Media.Tests.Audio;

namespace Kandy.Media.Tests.Codecs;

[Trait("Category", "unit")]
public sealed class OpusTests
{
    private const int Rate = 48000;
    private const int Frame = 960;

    [Theory]
    [InlineData(440.0)]
    [InlineData(1000.0)]
    [InlineData(2500.0)]
    public void ToneKeepsItsFrequencyAndEnergy(double frequency)
    {
        using var encoder = new OpusAudioEncoder(new OpusEncoderOptions { Complexity = 5 });
        using var decoder = new OpusAudioDecoder();
        var input = Signal.Sine(frequency, 8000, Rate, Frame * 50);
        var output = RoundTrip(encoder, decoder, input, lose: _ => false);

        // Skip the first 100 ms while the codec settles (lookahead and bandwidth ramp-up).
        var steady = output.AsSpan(Frame * 5);
        var reference = input.AsSpan(Frame * 5);
        Assert.InRange(Signal.DominantFrequency(steady[..4800], Rate), frequency - 10, frequency + 10);
        Assert.InRange(Signal.Decibels(Signal.Rms(steady) / Signal.Rms(reference)), -1.5, 1.5);
    }

    [Fact]
    public void LostPacketsAreRebuiltFromForwardErrorCorrection()
    {
        using var encoder = new OpusAudioEncoder(new OpusEncoderOptions { UseInbandFec = true, ExpectedPacketLossPercent = 20 });
        using var decoder = new OpusAudioDecoder();
        var input = Signal.Sine(600, 8000, Rate, Frame * 50);

        var output = RoundTrip(encoder, decoder, input, lose: i => i % 7 == 3 && i > 5);

        foreach (var lost in Enumerable.Range(6, 44).Where(i => i % 7 == 3))
        {
            var frame = output.AsSpan(lost * Frame, Frame);
            Assert.InRange(Signal.Decibels(Signal.Rms(frame) / Signal.Rms(input.AsSpan(lost * Frame, Frame))), -10, 3);
            Assert.InRange(Signal.DominantFrequency(frame, Rate), 580, 620);
        }
    }

    [Fact]
    public void ConcealmentWithoutTheNextPacketStillProducesTheTone()
    {
        using var encoder = new OpusAudioEncoder();
        using var decoder = new OpusAudioDecoder();
        var input = Signal.Sine(600, 8000, Rate, Frame * 10);
        var payload = new byte[1275];
        var pcm = new short[Frame];
        for (var i = 0; i < 10; i++)
        {
            var length = encoder.Encode(input.AsSpan(i * Frame, Frame), payload);
            decoder.Decode(payload.AsSpan(0, length), pcm);
        }

        decoder.Conceal(ReadOnlySpan<byte>.Empty, pcm);

        Assert.True(Signal.Rms(pcm) > 1000);
    }

    [Fact]
    public void DiscontinuousTransmissionSuppressesSilence()
    {
        using var encoder = new OpusAudioEncoder(new OpusEncoderOptions { UseDtx = true });
        var silence = new short[Frame];
        var payload = new byte[1275];

        var sent = Enumerable.Range(0, 100).Count(_ => encoder.Encode(silence, payload) > 0);

        Assert.InRange(sent, 1, 20);
    }

    [Fact]
    public void MalformedPayloadIsReportedAsInvalidData()
    {
        using var decoder = new OpusAudioDecoder();
        var pcm = new short[5760];

        Assert.Throws<InvalidDataException>(() => decoder.Decode([0xFF, 0xFF], pcm));
        Assert.Throws<InvalidDataException>(() => decoder.Decode([], pcm));
    }

    private static short[] RoundTrip(OpusAudioEncoder encoder, OpusAudioDecoder decoder, short[] input, Func<int, bool> lose)
    {
        var frames = input.Length / Frame;
        var payloads = new byte[frames][];
        var buffer = new byte[1275];
        for (var i = 0; i < frames; i++)
        {
            var length = encoder.Encode(input.AsSpan(i * Frame, Frame), buffer);
            payloads[i] = buffer[..length];
        }

        var output = new short[input.Length];
        for (var i = 0; i < frames; i++)
        {
            var slot = output.AsSpan(i * Frame, Frame);
            if (lose(i))
            {
                decoder.Conceal(i + 1 < frames ? payloads[i + 1] : [], slot);
            }
            else
            {
                Assert.Equal(Frame, decoder.Decode(payloads[i], slot));
            }
        }

        return output;
    }
}
