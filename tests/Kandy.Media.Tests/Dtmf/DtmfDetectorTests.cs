// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Codecs;
using Kandy.Media.Dtmf;
using Kandy.Media.Tests.Audio;

namespace Kandy.Media.Tests.Dtmf;

[Trait("Category", "unit")]
public sealed class DtmfDetectorTests
{
    private const string AllDigits = "123A456B789C*0#D";

    [Theory]
    [InlineData(8000)]
    [InlineData(16000)]
    [InlineData(48000)]
    public void AllSixteenDigitsGeneratedInBandAreDetectedInOrder(int rate)
    {
        var audio = Generate(rate, AllDigits, new DtmfToneOptions());

        var digits = Detect(rate, audio);

        Assert.Equal(AllDigits, new string(digits.Select(d => d.Digit).ToArray()));
        Assert.All(digits, d => Assert.InRange(d.Duration.TotalMilliseconds, 80, 130));
        Assert.All(digits, d => Assert.Equal(DtmfSource.InBand, d.Source));
        // 20 ms lead-in, 100 ms tone, 70 ms gap.
        Assert.InRange(digits[1].Start.TotalMilliseconds, 190 - 15, 190 + 15);
    }

    [Fact]
    public void QuietButValidTonesAreDetected()
    {
        var digits = Detect(8000, Generate(8000, "159", new DtmfToneOptions { Volume = 30 }));

        Assert.Equal("159", new string(digits.Select(d => d.Digit).ToArray()));
    }

    [Fact]
    public void ShortTonesAreRejected()
    {
        var audio = new List<short>();
        foreach (var ms in new[] { 20, 25 })
        {
            audio.AddRange(DualTone(697, 1209, 6000, 6000, 8000, ms));
            audio.AddRange(new short[800]);
        }

        Assert.Empty(Detect(8000, [.. audio]));

        audio.AddRange(DualTone(697, 1209, 6000, 6000, 8000, 60));
        Assert.Equal("1", new string(Detect(8000, [.. audio]).Select(d => d.Digit).ToArray()));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(6, true)]
    [InlineData(-3, true)]
    [InlineData(11, false)]
    [InlineData(-7, false)]
    public void TwistBeyondTheLimitsIsRejected(double rowAboveColumnDb, bool accepted)
    {
        var column = 5000.0;
        var row = column * Math.Pow(10, rowAboveColumnDb / 20);
        var audio = DualTone(852, 1336, row, column, 8000, 100);

        var digits = Detect(8000, audio);

        Assert.Equal(accepted ? "8" : string.Empty, new string(digits.Select(d => d.Digit).ToArray()));
    }

    [Fact]
    public void SpeechLikeSoundAndNoiseAreNotDigits()
    {
        var random = new Random(3);
        var speech = new short[8000 * 3];
        var phase = 0.0;
        for (var i = 0; i < speech.Length; i++)
        {
            // A voiced vowel: harmonics of a gliding 100–180 Hz pitch shaped by formants near 730 and 1090 Hz.
            var f0 = 100 + (80 * Math.Abs(Math.Sin(i / 4000.0)));
            phase += 2 * Math.PI * f0 / 8000;
            double value = 0;
            for (var k = 1; k * f0 < 3500; k++)
            {
                var f = k * f0;
                var gain = Math.Exp(-Math.Pow((f - 730) / 120, 2)) + (0.7 * Math.Exp(-Math.Pow((f - 1090) / 150, 2))) + 0.05;
                value += gain * Math.Sin(k * phase);
            }

            speech[i] = (short)Math.Clamp(value * 4000, short.MinValue, short.MaxValue);
        }

        var noise = Enumerable.Range(0, 8000 * 3).Select(_ => (short)random.Next(-8000, 8000)).ToArray();
        var music = DualTone(440, 1250, 6000, 2000, 8000, 500);

        Assert.Empty(Detect(8000, speech));
        Assert.Empty(Detect(8000, noise));
        Assert.Empty(Detect(8000, music));
    }

    [Theory]
    [InlineData(G711Law.MuLaw)]
    [InlineData(G711Law.ALaw)]
    public void DigitsSurviveG711(G711Law law)
    {
        var audio = Generate(8000, AllDigits, new DtmfToneOptions());
        var encoder = new G711Encoder(law);
        var decoder = new G711Decoder(law);
        var payload = new byte[160];
        var decoded = new short[audio.Length];
        for (var offset = 0; offset + 160 <= audio.Length; offset += 160)
        {
            encoder.Encode(audio.AsSpan(offset, 160), payload);
            decoder.Decode(payload, decoded.AsSpan(offset, 160));
        }

        Assert.Equal(AllDigits, new string(Detect(8000, decoded).Select(d => d.Digit).ToArray()));
    }

    [Fact]
    public void DigitsSurviveOpus()
    {
        var audio = Generate(48000, AllDigits, new DtmfToneOptions());
        using var encoder = new OpusAudioEncoder();
        using var decoder = new OpusAudioDecoder();
        var payload = new byte[1275];
        var decoded = new short[audio.Length];
        for (var offset = 0; offset + 960 <= audio.Length; offset += 960)
        {
            var length = encoder.Encode(audio.AsSpan(offset, 960), payload);
            decoder.Decode(payload.AsSpan(0, length), decoded.AsSpan(offset, 960));
        }

        Assert.Equal(AllDigits, new string(Detect(48000, decoded).Select(d => d.Digit).ToArray()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AMadeUpFrameInsideAToneDoesNotSplitIt(bool silent)
    {
        // 100 ms of "1", one 20 ms frame made up by the receive path (noisy concealment or fill-in silence), 100 ms more.
        var random = new Random(7);
        var madeUp = silent ? new short[160] : Enumerable.Range(0, 160).Select(_ => (short)random.Next(-6000, 6000)).ToArray();
        var frames = Frames(DualTone(697, 1209, 6000, 6000, 8000, 100), false)
            .Append((madeUp, true))
            .Concat(Frames(DualTone(697, 1209, 6000, 6000, 8000, 100), false));

        var digits = DetectFrames(frames);

        Assert.Equal("1", new string(digits.Select(d => d.Digit).ToArray()));
        Assert.InRange(digits[0].Duration.TotalMilliseconds, 200, 240);
    }

    [Fact]
    public void TheSameToneIsSplitWhenTheGapIsNotFlaggedAsMadeUp()
    {
        var random = new Random(7);
        var noise = Enumerable.Range(0, 160).Select(_ => (short)random.Next(-6000, 6000)).ToArray();
        var frames = Frames(DualTone(697, 1209, 6000, 6000, 8000, 100), false)
            .Append((noise, false))
            .Concat(Frames(DualTone(697, 1209, 6000, 6000, 8000, 100), false));

        Assert.Equal("11", new string(DetectFrames(frames).Select(d => d.Digit).ToArray()));
    }

    [Fact]
    public void RepeatedDigitsWithARealGapAreTwoDigits()
    {
        var frames = Frames(DualTone(697, 1209, 6000, 6000, 8000, 100), false)
            .Concat(Frames(new short[8000 * 70 / 1000], false))
            .Concat(Frames(DualTone(697, 1209, 6000, 6000, 8000, 100), false));

        Assert.Equal("11", new string(DetectFrames(frames).Select(d => d.Digit).ToArray()));
    }

    [Fact]
    public void AMadeUpSilenceLongerThanOneFrameEndsTheDigit()
    {
        var frames = Frames(DualTone(697, 1209, 6000, 6000, 8000, 100), false)
            .Concat(Frames(new short[8000 * 60 / 1000], true))
            .Concat(Frames(DualTone(697, 1209, 6000, 6000, 8000, 100), false));

        Assert.Equal("11", new string(DetectFrames(frames).Select(d => d.Digit).ToArray()));
    }

    private static IEnumerable<(short[] Samples, bool MadeUp)> Frames(short[] audio, bool madeUp) =>
        audio.Chunk(160).Select(chunk => (chunk, madeUp));

    private static List<DtmfDigitEventArgs> DetectFrames(IEnumerable<(short[] Samples, bool MadeUp)> frames)
    {
        var detector = new DtmfDetector(8000);
        var digits = new List<DtmfDigitEventArgs>();
        detector.DigitDetected += (_, e) => digits.Add(e);
        foreach (var (samples, madeUp) in frames)
        {
            detector.Process(samples, madeUp);
        }

        detector.Flush();
        return digits;
    }

    private static short[] Generate(int rate, string digits, DtmfToneOptions options)
    {
        var generator = new DtmfToneGenerator(rate);
        generator.Enqueue(digits, options);
        var audio = new List<short>();
        var frame = new short[rate / 50];

        // Lead-in and tail of silence, as on a real line.
        audio.AddRange(frame);
        while (generator.IsActive)
        {
            Array.Clear(frame);
            generator.MixInto(frame);
            audio.AddRange(frame);
        }

        audio.AddRange(frame);
        return [.. audio];
    }

    private static short[] DualTone(double row, double column, double rowPeak, double columnPeak, int rate, int ms)
    {
        var count = rate * ms / 1000;
        var a = Signal.Sine(row, rowPeak, rate, count);
        var b = Signal.Sine(column, columnPeak, rate, count);
        return a.Zip(b, (x, y) => (short)(x + y)).ToArray();
    }

    private static List<DtmfDigitEventArgs> Detect(int rate, short[] audio)
    {
        var detector = new DtmfDetector(rate);
        var digits = new List<DtmfDigitEventArgs>();
        detector.DigitDetected += (_, e) => digits.Add(e);

        // Feed in 20 ms frames, as the receive path does.
        for (var offset = 0; offset < audio.Length; offset += rate / 50)
        {
            detector.Process(audio.AsSpan(offset, Math.Min(rate / 50, audio.Length - offset)));
        }

        detector.Flush();
        return digits;
    }
}
