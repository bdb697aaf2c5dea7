// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>The format of a 16-bit PCM WAV file.</summary>
/// <param name="SampleRate">Samples per second per channel.</param>
/// <param name="Channels">1 (mono) or 2 (stereo, interleaved left then right).</param>
public readonly record struct WavFormat(int SampleRate, int Channels)
{
    /// <summary>Bits per sample; only 16-bit PCM is read and written.</summary>
    public const int BitsPerSample = 16;

    /// <summary>Gets the bytes of one sample frame (all channels).</summary>
    public int BlockAlign => Channels * (BitsPerSample / 8);
}
