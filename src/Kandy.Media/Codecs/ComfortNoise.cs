// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Codecs;

/// <summary>Comfort noise payloads (RFC 3389): the level of the background noise during silence.</summary>
/// <remarks>
/// RFC 3389 §3: the first byte is the noise level in -dBov (0 to 127, 0 dBov being a full-scale square
/// wave); reflection coefficients may follow. We send the level only, which §3.2 allows, and read the
/// level of received payloads while ignoring their spectral shape: white noise at the right level is what
/// listeners notice.
/// </remarks>
public static class ComfortNoise
{
    /// <summary>The quietest level the payload can express, in -dBov.</summary>
    public const int MinimumLevel = 127;

    /// <summary>Builds the one-byte payload describing the level of a frame.</summary>
    /// <param name="samples">A frame of background noise.</param>
    /// <returns>The noise level in -dBov.</returns>
    public static byte MeasureLevel(ReadOnlySpan<short> samples)
    {
        if (samples.IsEmpty)
        {
            return MinimumLevel;
        }

        double sum = 0;
        foreach (var s in samples)
        {
            sum += (double)s * s;
        }

        // dBov is relative to the power of a full-scale square wave, i.e. 32767 squared.
        var power = sum / samples.Length / (32767.0 * 32767.0);
        if (power <= 0)
        {
            return MinimumLevel;
        }

        var level = -10 * Math.Log10(power);
        return (byte)Math.Clamp((int)Math.Round(level), 0, MinimumLevel);
    }

    /// <summary>Reads the noise level of a received payload.</summary>
    /// <param name="payload">The RTP payload.</param>
    /// <param name="level">The level in -dBov.</param>
    /// <returns><see langword="false"/> when the payload is empty or the level is out of range.</returns>
    public static bool TryReadLevel(ReadOnlySpan<byte> payload, out int level)
    {
        level = payload.IsEmpty ? MinimumLevel : payload[0];
        return !payload.IsEmpty && level <= MinimumLevel;
    }

    /// <summary>Fills a frame with white noise at a level.</summary>
    /// <param name="level">The level in -dBov.</param>
    /// <param name="random">The noise source.</param>
    /// <param name="samples">Receives the noise.</param>
    public static void Generate(int level, Random random, Span<short> samples)
    {
        ArgumentNullException.ThrowIfNull(random);

        // Uniform noise in [-a, a] has power a^2/3; pick a so that the power matches the level.
        var rms = 32767.0 * Math.Pow(10, -Math.Clamp(level, 0, MinimumLevel) / 20.0);
        var amplitude = Math.Min(rms * Math.Sqrt(3), short.MaxValue);
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)Math.Round(((random.NextDouble() * 2) - 1) * amplitude);
        }
    }
}
