// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Audio;

namespace Kandy.Media.Tests.Audio;

[Trait("Category", "unit")]
public sealed class AudioResamplerTests
{
    [Theory]
    [InlineData(48000, 8000, 1000.0)]
    [InlineData(48000, 16000, 3000.0)]
    [InlineData(16000, 8000, 700.0)]
    [InlineData(8000, 48000, 1000.0)]
    [InlineData(8000, 16000, 2000.0)]
    [InlineData(16000, 48000, 5000.0)]
    public void ToneKeepsFrequencyAndLevelAcrossFrames(int from, int to, double frequency)
    {
        var resampler = new AudioResampler(from, to);
        var input = Signal.Sine(frequency, 10000, from, from / 2);
        var output = new List<short>();
        var buffer = new short[resampler.GetMaxOutputLength(from / 50)];
        for (var offset = 0; offset < input.Length; offset += from / 50)
        {
            var count = resampler.Process(input.AsSpan(offset, from / 50), buffer);
            output.AddRange(buffer[..count]);
        }

        Assert.InRange(output.Count, (to / 2) - 2, (to / 2) + 2);
        var steady = output.Skip(to / 20).ToArray();
        Assert.InRange(Signal.DominantFrequency(steady.AsSpan(0, to / 10), to), frequency - 10, frequency + 10);
        Assert.InRange(Signal.Decibels(Signal.Rms(steady) / Signal.Rms(input)), -0.3, 0.3);
    }

    [Fact]
    public void ContentAboveTheNewNyquistIsRemovedNotFolded()
    {
        var resampler = new AudioResampler(48000, 8000);
        var input = Signal.Sine(6000, 10000, 48000, 48000);
        var output = new short[resampler.GetMaxOutputLength(input.Length)];

        var count = resampler.Process(input, output);

        Assert.True(Signal.Decibels(Signal.Rms(output.AsSpan(800, count - 800)) / Signal.Rms(input)) < -50);
    }
}
