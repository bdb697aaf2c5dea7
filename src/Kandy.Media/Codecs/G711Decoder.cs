// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Codecs;

/// <summary>PCMU or PCMA decoder with a simple packet-loss concealment.</summary>
/// <remarks>
/// Concealment repeats the last good frame and halves its level with each further lost frame, so a burst
/// of loss fades to silence instead of buzzing (a reduced form of ITU-T G.711 Appendix I).
/// </remarks>
public sealed class G711Decoder : IAudioDecoder
{
    private readonly G711Law law;
    private short[] lastFrame = [];
    private int concealedInRow;

    /// <summary>Creates the decoder.</summary>
    /// <param name="law">Which companding law.</param>
    public G711Decoder(G711Law law)
    {
        this.law = law;
        Codec = law == G711Law.MuLaw ? AudioCodecRegistry.Pcmu : AudioCodecRegistry.Pcma;
    }

    /// <inheritdoc/>
    public AudioCodecInfo Codec { get; }

    /// <inheritdoc/>
    public int SampleRate => 8000;

    /// <inheritdoc/>
    public int Decode(ReadOnlySpan<byte> payload, Span<short> samples)
    {
        if (samples.Length < payload.Length)
        {
            throw new InvalidDataException("The payload is longer than the output buffer.");
        }

        var output = samples[..payload.Length];
        if (law == G711Law.MuLaw)
        {
            MuLaw.Decode(payload, output);
        }
        else
        {
            ALaw.Decode(payload, output);
        }

        if (lastFrame.Length != output.Length)
        {
            lastFrame = new short[output.Length];
        }

        output.CopyTo(lastFrame);
        concealedInRow = 0;
        return output.Length;
    }

    /// <inheritdoc/>
    public void Conceal(ReadOnlySpan<byte> nextPayload, Span<short> samples)
    {
        concealedInRow++;
        var shift = Math.Min(concealedInRow, 15);
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = lastFrame.Length == 0 ? (short)0 : (short)(lastFrame[i % lastFrame.Length] >> shift);
        }
    }
}
