// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Levels of 16-bit PCM in dBFS.</summary>
/// <remarks>
/// 0 dBFS is full scale: a sample of ±32768 for the peak, a constant full-scale signal for the RMS (so a
/// full-scale sine reads −3.01 dBFS RMS). Digital silence reads <see cref="Silence"/>.
/// </remarks>
public static class AudioLevel
{
    /// <summary>The level reported for digital silence, in dBFS.</summary>
    public const double Silence = -120;

    /// <summary>Computes the RMS level.</summary>
    /// <param name="samples">The samples.</param>
    /// <returns>The level in dBFS.</returns>
    public static double RmsDbfs(ReadOnlySpan<short> samples)
    {
        if (samples.IsEmpty)
        {
            return Silence;
        }

        double sum = 0;
        foreach (var s in samples)
        {
            sum += (double)s * s;
        }

        return ToDbfs(Math.Sqrt(sum / samples.Length));
    }

    /// <summary>Computes the peak level.</summary>
    /// <param name="samples">The samples.</param>
    /// <returns>The level in dBFS.</returns>
    public static double PeakDbfs(ReadOnlySpan<short> samples)
    {
        var peak = 0;
        foreach (var s in samples)
        {
            peak = Math.Max(peak, Math.Abs((int)s));
        }

        return ToDbfs(peak);
    }

    /// <summary>Converts a linear amplitude (in sample units) to dBFS.</summary>
    /// <param name="amplitude">The amplitude, 0 to 32768.</param>
    /// <returns>The level in dBFS, at least <see cref="Silence"/>.</returns>
    public static double ToDbfs(double amplitude) => amplitude <= 0 ? Silence : Math.Max(Silence, 20 * Math.Log10(amplitude / 32768.0));
}
