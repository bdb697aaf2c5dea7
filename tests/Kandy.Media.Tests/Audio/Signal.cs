// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Tests.Audio;

/// <summary>Test-side signal helpers: generation and measurement independent of the code under test.</summary>
internal static class Signal
{
    public static short[] Sine(double frequency, double peak, int sampleRate, int count, double phase = 0)
    {
        var samples = new short[count];
        for (var i = 0; i < count; i++)
        {
            samples[i] = (short)Math.Round(peak * Math.Sin(phase + (2 * Math.PI * frequency * i / sampleRate)));
        }

        return samples;
    }

    public static double Rms(ReadOnlySpan<short> samples)
    {
        double sum = 0;
        foreach (var s in samples)
        {
            sum += (double)s * s;
        }

        return Math.Sqrt(sum / samples.Length);
    }

    /// <summary>The frequency of the strongest component between 50 Hz and 6 kHz (or Nyquist), scanned in 5 Hz steps.</summary>
    public static double DominantFrequency(ReadOnlySpan<short> samples, int sampleRate)
    {
        var best = 0.0;
        var bestPower = -1.0;
        for (double f = 50; f < Math.Min(6000, sampleRate / 2.0); f += 5)
        {
            // Power of one DFT bin at exactly f, by the second-order recurrence.
            var c = 2 * Math.Cos(2 * Math.PI * f / sampleRate);
            double s1 = 0, s2 = 0;
            foreach (var x in samples)
            {
                var s0 = x + (c * s1) - s2;
                s2 = s1;
                s1 = s0;
            }

            var power = (s1 * s1) + (s2 * s2) - (c * s1 * s2);
            if (power > bestPower)
            {
                bestPower = power;
                best = f;
            }
        }

        return best;
    }

    public static double Decibels(double ratio) => 20 * Math.Log10(ratio);
}
