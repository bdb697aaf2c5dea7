// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Records received audio to a mono 16-bit WAV file at a fixed rate; frames at other rates are resampled.</summary>
public sealed class WavRecorderSink : IAudioSink, IDisposable
{
    private readonly object gate = new();
    private readonly WavWriter writer;
    private AudioResampler? resampler;
    private short[] converted = [];
    private bool disposed;

    /// <summary>Creates (or overwrites) a WAV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="sampleRate">The rate to record at.</param>
    public WavRecorderSink(string path, int sampleRate = 48000)
        : this(File.Create(path), sampleRate)
    {
    }

    /// <summary>Records into a stream, which the recorder owns and disposes.</summary>
    /// <param name="stream">A writable, seekable stream.</param>
    /// <param name="sampleRate">The rate to record at.</param>
    public WavRecorderSink(Stream stream, int sampleRate = 48000)
    {
        writer = new WavWriter(stream, new WavFormat(sampleRate, 1));
    }

    /// <summary>Gets the rate of the recording.</summary>
    public int SampleRate => writer.Format.SampleRate;

    /// <inheritdoc/>
    public void WriteFrame(ReadOnlySpan<short> samples, int sampleRate)
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            if (sampleRate == SampleRate)
            {
                writer.Write(samples);
                return;
            }

            if (resampler is null || resampler.InputRate != sampleRate)
            {
                resampler = new AudioResampler(sampleRate, SampleRate);
            }

            var max = resampler.GetMaxOutputLength(samples.Length);
            if (converted.Length < max)
            {
                converted = new short[max];
            }

            var count = resampler.Process(samples, converted);
            writer.Write(converted.AsSpan(0, count));
        }
    }

    /// <summary>Finishes the file.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            writer.Dispose();
        }
    }
}
