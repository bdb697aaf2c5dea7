// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Audio;

namespace Kandy.Media.Tests.Audio;

[Trait("Category", "unit")]
public sealed class SourcesAndSinksTests
{
    [Fact]
    public void PushedSamplesComeOutInOrderAndGapsAreSilence()
    {
        var source = new PushAudioSource(8000);
        source.Push(Enumerable.Range(1, 250).Select(i => (short)i).ToArray());
        var frame = new short[160];

        Assert.True(source.ReadFrame(frame));
        Assert.Equal(Enumerable.Range(1, 160).Select(i => (short)i), frame);
        Assert.True(source.ReadFrame(frame));
        Assert.Equal(Enumerable.Range(161, 90).Select(i => (short)i), frame[..90]);
        Assert.All(frame[90..], s => Assert.Equal(0, s));
        Assert.Equal(1, source.Underruns);

        source.Complete();
        Assert.False(source.ReadFrame(frame));
        Assert.Throws<InvalidOperationException>(() => source.Push([1]));
    }

    [Fact]
    public void PushBeyondCapacityDropsTheOldest()
    {
        var source = new PushAudioSource(8000, capacity: 100);
        source.Push(Enumerable.Range(0, 80).Select(i => (short)i).ToArray());
        source.Push(Enumerable.Range(80, 40).Select(i => (short)i).ToArray());
        var frame = new short[100];

        source.ReadFrame(frame);

        Assert.Equal(20, source.Overflows);
        Assert.Equal(Enumerable.Range(20, 100).Select(i => (short)i), frame);
    }

    [Fact]
    public void SilenceIsZeros()
    {
        var frame = Enumerable.Repeat((short)5, 960).ToArray();

        Assert.True(new SilenceAudioSource().ReadFrame(frame));
        Assert.All(frame, s => Assert.Equal(0, s));
    }

    [Fact]
    public void LevelMeterReportsRmsAndPeakInDbfs()
    {
        var inner = new CountingAudioSink();
        var meter = new LevelMeterSink(inner);

        meter.WriteFrame(Signal.Sine(1000, 32767, 48000, 4800), 48000);

        Assert.InRange(meter.RmsDbfs, -3.05, -2.95);
        Assert.InRange(meter.PeakDbfs, -0.01, 0);

        meter.WriteFrame(Signal.Sine(1000, 3277, 48000, 4800), 48000);

        Assert.InRange(meter.LastFrameRmsDbfs, -23.05, -22.95);
        Assert.InRange(meter.LastFramePeakDbfs, -20.05, -19.95);
        Assert.Equal(TimeSpan.FromMilliseconds(200), meter.Duration);
        Assert.Equal(2, inner.FramesReceived);
        Assert.Equal(AudioLevel.Silence, AudioLevel.RmsDbfs(new short[10]));
    }

    [Fact]
    public void HeadlessBackendHasNoDevices()
    {
        var backend = new HeadlessAudioDeviceBackend();

        Assert.Empty(backend.GetDevices());
        Assert.Throws<NotSupportedException>(() => backend.OpenCapture(new AudioDeviceInfo("x", "x", AudioDeviceKind.Capture, true), 48000));
    }
}
