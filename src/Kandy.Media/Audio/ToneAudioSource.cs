// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>An endless sine tone: audible proof that media flows, without a device.</summary>
public sealed class ToneAudioSource : IAudioSource
{
    private readonly double step;
    private readonly double amplitude;
    private double phase;

    /// <summary>Creates the tone.</summary>
    /// <param name="frequency">Pitch in Hz.</param>
    /// <param name="level">Peak level from 0 to 1 of full scale.</param>
    /// <param name="sampleRate">Sample rate in Hz (8000 for PCMU).</param>
    public ToneAudioSource(double frequency = 440, double level = 0.25, int sampleRate = 8000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(frequency, sampleRate / 2.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 1.0);
        SampleRate = sampleRate;
        step = 2 * Math.PI * frequency / sampleRate;
        amplitude = level * short.MaxValue;
    }

    /// <inheritdoc/>
    public int SampleRate { get; }

    /// <inheritdoc/>
    public bool ReadFrame(Span<short> frame)
    {
        for (var i = 0; i < frame.Length; i++)
        {
            frame[i] = (short)Math.Round(amplitude * Math.Sin(phase));
            phase = (phase + step) % (2 * Math.PI);
        }

        return true;
    }
}
