// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>A sink that keeps counts and the peak level of what it received (tests, diagnostics).</summary>
public sealed class CountingAudioSink : IAudioSink
{
    private long frames;
    private long samples;
    private int peak;

    /// <summary>Gets the number of frames received.</summary>
    public long FramesReceived => Interlocked.Read(ref frames);

    /// <summary>Gets the number of samples received.</summary>
    public long SamplesReceived => Interlocked.Read(ref samples);

    /// <summary>Gets the highest absolute sample value seen.</summary>
    public int PeakLevel => Volatile.Read(ref peak);

    /// <inheritdoc/>
    public void WriteFrame(ReadOnlySpan<short> samples, int sampleRate)
    {
        var framePeak = 0;
        foreach (var s in samples)
        {
            framePeak = Math.Max(framePeak, Math.Abs((int)s));
        }

        Interlocked.Increment(ref frames);
        Interlocked.Add(ref this.samples, samples.Length);
        if (framePeak > Volatile.Read(ref peak))
        {
            Volatile.Write(ref peak, framePeak);
        }
    }
}
