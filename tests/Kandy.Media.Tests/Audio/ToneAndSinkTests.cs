// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Audio;

namespace Kandy.Media.Tests.Audio;

[Trait("Category", "unit")]
public sealed class ToneAndSinkTests
{
    [Fact]
    public void ToneFramesAreTwentyMillisecondsAtTheRequestedLevel()
    {
        IAudioSource tone = new ToneAudioSource(frequency: 400, level: 0.5, sampleRate: 8000);
        var frame = new short[tone.SamplesPerFrame];

        Assert.True(tone.ReadFrame(frame));

        Assert.Equal(160, frame.Length);
        Assert.InRange(frame.Max(s => Math.Abs((int)s)), 16000, 16384);
    }

    [Fact]
    public void ToneIsContinuousAcrossFrames()
    {
        var tone = new ToneAudioSource(frequency: 400, sampleRate: 8000);
        var first = new short[160];
        var second = new short[160];

        tone.ReadFrame(first);
        tone.ReadFrame(second);

        // 400 Hz at 8 kHz repeats every 20 samples, so a 160-sample frame holds whole periods.
        Assert.Equal(first, second);
    }

    [Fact]
    public void CountingSinkCountsFramesSamplesAndPeak()
    {
        var sink = new CountingAudioSink();

        sink.WriteFrame(new short[] { 1, -300, 20 }, 8000);
        sink.WriteFrame(new short[] { 5, 6 }, 8000);

        Assert.Equal(2, sink.FramesReceived);
        Assert.Equal(5, sink.SamplesReceived);
        Assert.Equal(300, sink.PeakLevel);
    }
}
