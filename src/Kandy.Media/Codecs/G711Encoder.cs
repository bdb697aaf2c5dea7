// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Codecs;

/// <summary>PCMU or PCMA encoder: one byte per 8 kHz sample.</summary>
public sealed class G711Encoder : IAudioEncoder
{
    private readonly G711Law law;

    /// <summary>Creates the encoder.</summary>
    /// <param name="law">Which companding law.</param>
    public G711Encoder(G711Law law)
    {
        this.law = law;
        Codec = law == G711Law.MuLaw ? AudioCodecRegistry.Pcmu : AudioCodecRegistry.Pcma;
    }

    /// <inheritdoc/>
    public AudioCodecInfo Codec { get; }

    /// <inheritdoc/>
    public int SampleRate => 8000;

    /// <inheritdoc/>
    public int Encode(ReadOnlySpan<short> samples, Span<byte> payload)
    {
        if (law == G711Law.MuLaw)
        {
            MuLaw.Encode(samples, payload);
        }
        else
        {
            ALaw.Encode(samples, payload);
        }

        return samples.Length;
    }
}
