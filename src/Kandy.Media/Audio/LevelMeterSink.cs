// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Measures received audio: RMS and peak in dBFS, for the last frame and for everything so far.</summary>
/// <remarks>Can pass the audio on to another sink, so a call can be metered and recorded at once.</remarks>
public sealed class LevelMeterSink : IAudioSink
{
    private readonly IAudioSink? next;
    private readonly object gate = new();
    private double sumOfSquares;
    private long samples;
    private int peak;
    private double lastRms = AudioLevel.Silence;
    private double lastPeak = AudioLevel.Silence;

    /// <summary>Creates the meter.</summary>
    /// <param name="next">A sink to pass the audio on to, or <see langword="null"/>.</param>
    public LevelMeterSink(IAudioSink? next = null) => this.next = next;

    /// <summary>Gets the RMS level of everything received, in dBFS.</summary>
    public double RmsDbfs
    {
        get
        {
            lock (gate)
            {
                return samples == 0 ? AudioLevel.Silence : AudioLevel.ToDbfs(Math.Sqrt(sumOfSquares / samples));
            }
        }
    }

    /// <summary>Gets the peak level of everything received, in dBFS.</summary>
    public double PeakDbfs
    {
        get
        {
            lock (gate)
            {
                return AudioLevel.ToDbfs(peak);
            }
        }
    }

    /// <summary>Gets the RMS level of the last frame, in dBFS.</summary>
    public double LastFrameRmsDbfs
    {
        get
        {
            lock (gate)
            {
                return lastRms;
            }
        }
    }

    /// <summary>Gets the peak level of the last frame, in dBFS.</summary>
    public double LastFramePeakDbfs
    {
        get
        {
            lock (gate)
            {
                return lastPeak;
            }
        }
    }

    /// <summary>Gets the duration received, from the sample count and rate of each frame.</summary>
    public TimeSpan Duration { get; private set; }

    /// <inheritdoc/>
    public void WriteFrame(ReadOnlySpan<short> samples, int sampleRate)
    {
        double frameSum = 0;
        var framePeak = 0;
        foreach (var s in samples)
        {
            frameSum += (double)s * s;
            framePeak = Math.Max(framePeak, Math.Abs((int)s));
        }

        lock (gate)
        {
            sumOfSquares += frameSum;
            this.samples += samples.Length;
            peak = Math.Max(peak, framePeak);
            lastRms = samples.IsEmpty ? AudioLevel.Silence : AudioLevel.ToDbfs(Math.Sqrt(frameSum / samples.Length));
            lastPeak = AudioLevel.ToDbfs(framePeak);
            Duration += TimeSpan.FromSeconds((double)samples.Length / sampleRate);
        }

        next?.WriteFrame(samples, sampleRate);
    }
}
