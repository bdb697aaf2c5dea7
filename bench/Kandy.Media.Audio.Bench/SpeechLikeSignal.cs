// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio.Bench;

/// <summary>A voiced, gliding, syllable-rate modulated signal: encoders work about as hard as on speech.</summary>
internal static class SpeechLikeSignal
{
    public static short[] Create(int sampleRate, int count)
    {
        var samples = new short[count];
        var phase = 0.0;
        var random = new Random(11);
        for (var i = 0; i < count; i++)
        {
            var t = (double)i / sampleRate;
            var pitch = 110 + (40 * Math.Sin(2 * Math.PI * 0.7 * t));
            phase += 2 * Math.PI * pitch / sampleRate;
            double value = 0;
            for (var k = 1; k * pitch < 4000; k++)
            {
                value += Math.Sin(k * phase) / k;
            }

            // Syllables at about 4 Hz, with a little breath noise.
            var envelope = 0.5 + (0.5 * Math.Sin(2 * Math.PI * 4 * t));
            samples[i] = (short)Math.Clamp((value * envelope * 6000) + (random.NextDouble() * 400) - 200, short.MinValue, short.MaxValue);
        }

        return samples;
    }
}
