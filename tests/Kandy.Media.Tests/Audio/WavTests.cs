// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Audio;

namespace Kandy.Media.Tests.Audio;

[Trait("Category", "unit")]
public sealed class WavTests
{
    [Theory]
    [InlineData(8000, 1)]
    [InlineData(8000, 2)]
    [InlineData(16000, 1)]
    [InlineData(16000, 2)]
    [InlineData(48000, 1)]
    [InlineData(48000, 2)]
    public void WrittenSamplesReadBackIdentically(int rate, int channels)
    {
        var samples = Enumerable.Range(0, rate / 10 * channels).Select(i => (short)((i * 7919) % 65536 - 32768)).ToArray();
        using var stream = new MemoryStream();
        using (var writer = new WavWriter(stream, new WavFormat(rate, channels), leaveOpen: true))
        {
            writer.Write(samples.AsSpan(0, 100 * channels));
            writer.Write(samples.AsSpan(100 * channels));
        }

        Assert.Equal(44 + (samples.Length * 2), stream.Length);
        stream.Position = 0;
        using var reader = new WavReader(stream);
        var read = new short[samples.Length + 10];
        var total = 0;
        int count;
        while ((count = reader.Read(read.AsSpan(total))) > 0)
        {
            total += count;
        }

        Assert.Equal(new WavFormat(rate, channels), reader.Format);
        Assert.Equal(rate / 10, reader.FrameCount);
        Assert.Equal(samples, read[..total]);
    }

    [Fact]
    public void UnknownChunksAreSkippedAndOtherFormatsRejected()
    {
        using var stream = new MemoryStream();
        using (var writer = new WavWriter(stream, new WavFormat(8000, 1), leaveOpen: true))
        {
            writer.Write([1, 2, 3]);
        }

        // Insert a LIST chunk (odd size, so padded) between fmt and data.
        var bytes = stream.ToArray().ToList();
        bytes.InsertRange(36, [.. "LIST"u8.ToArray(), 3, 0, 0, 0, 9, 9, 9, 0]);
        using var reader = new WavReader(new MemoryStream([.. bytes]));
        var read = new short[4];
        Assert.Equal(3, reader.Read(read));
        Assert.Equal(new short[] { 1, 2, 3, 0 }, read);

        var eightBit = stream.ToArray();
        eightBit[34] = 8;
        Assert.Throws<InvalidDataException>(() => new WavReader(new MemoryStream(eightBit)));
        Assert.Throws<InvalidDataException>(() => new WavReader(new MemoryStream("RIFF0000WAVE"u8.ToArray())));
    }

    [Fact]
    public void StereoFileIsMixedDownAndPlayedOnceThenEnds()
    {
        var stereo = new short[320];
        for (var i = 0; i < 160; i++)
        {
            stereo[2 * i] = 1000;
            stereo[(2 * i) + 1] = 3000;
        }

        using var source = new WavFileAudioSource(MakeWav(new WavFormat(8000, 2), stereo));
        var frame = new short[100];

        Assert.True(source.ReadFrame(frame));
        Assert.All(frame, s => Assert.Equal(2000, s));
        Assert.True(source.ReadFrame(frame));
        Assert.All(frame[..60], s => Assert.Equal(2000, s));
        Assert.All(frame[60..], s => Assert.Equal(0, s));
        Assert.False(source.ReadFrame(frame));
    }

    [Fact]
    public void LoopedFileStartsAgain()
    {
        var ramp = Enumerable.Range(0, 50).Select(i => (short)i).ToArray();
        using var source = new WavFileAudioSource(MakeWav(new WavFormat(16000, 1), ramp), loop: true);
        var frame = new short[320];

        for (var n = 0; n < 20; n++)
        {
            Assert.True(source.ReadFrame(frame));
        }

        Assert.Equal(Enumerable.Range(0, 320).Select(i => (short)(((19 * 320) + i) % 50)), frame);
    }

    [Fact]
    public void FileAtAnotherRateIsResampled()
    {
        var tone = Signal.Sine(1000, 10000, 8000, 8000);
        using var source = new WavFileAudioSource(MakeWav(new WavFormat(8000, 1), tone), sampleRate: 48000);
        var output = new List<short>();
        var frame = new short[960];
        while (source.ReadFrame(frame))
        {
            output.AddRange(frame);
        }

        Assert.Equal(48000, source.SampleRate);
        Assert.InRange(output.Count, 47000, 48960);
        var middle = output.Skip(9600).Take(9600).ToArray();
        Assert.InRange(Signal.DominantFrequency(middle.AsSpan(0, 4800), 48000), 990, 1010);
        Assert.InRange(Signal.Decibels(Signal.Rms(middle) / Signal.Rms(tone)), -0.5, 0.5);
    }

    [Fact]
    public void RecorderWritesWhatItReceivesAtItsRate()
    {
        var stream = new MemoryStream();
        using (var recorder = new WavRecorderSink(stream, sampleRate: 8000))
        {
            recorder.WriteFrame(Signal.Sine(500, 5000, 8000, 160), 8000);
            recorder.WriteFrame(Signal.Sine(500, 5000, 48000, 960), 48000);
        }

        using var reader = new WavReader(new MemoryStream(stream.ToArray()));
        Assert.Equal(new WavFormat(8000, 1), reader.Format);
        Assert.InRange(reader.FrameCount, 310, 322);
    }

    private static MemoryStream MakeWav(WavFormat format, short[] samples)
    {
        var stream = new MemoryStream();
        using (var writer = new WavWriter(stream, format, leaveOpen: true))
        {
            writer.Write(samples);
        }

        stream.Position = 0;
        return stream;
    }
}
