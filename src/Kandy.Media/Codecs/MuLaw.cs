// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Codecs;

/// <summary>G.711 µ-law (PCMU, RTP payload type 0) conversion between 16-bit linear PCM and 8-bit codes.</summary>
/// <remarks>
/// ITU-T G.711 §A: the 14-bit magnitude is biased by 33 (132 at 16 bits), split into a 3-bit segment and a
/// 4-bit step, and the code is sent inverted. RFC 3551 §4.5.14 carries it at 8 kHz, one byte per sample.
/// </remarks>
public static class MuLaw
{
    private const int Bias = 0x84;
    private const int Clip = 32635;

    private static readonly short[] DecodeTable = BuildDecodeTable();

    /// <summary>Encodes one linear sample.</summary>
    /// <param name="sample">16-bit PCM.</param>
    /// <returns>The µ-law code.</returns>
    public static byte Encode(short sample)
    {
        var sign = sample < 0 ? 0x80 : 0;
        var magnitude = Math.Min(Math.Abs((int)sample), Clip) + Bias;

        // The segment is the position of the highest set bit above the 8 lowest.
        var segment = 7;
        for (var mask = 0x4000; (magnitude & mask) == 0 && segment > 0; mask >>= 1)
        {
            segment--;
        }

        var step = (magnitude >> (segment + 3)) & 0x0F;
        return (byte)~(sign | (segment << 4) | step);
    }

    /// <summary>Decodes one µ-law code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>16-bit PCM.</returns>
    public static short Decode(byte code) => DecodeTable[code];

    /// <summary>Encodes a frame of samples.</summary>
    /// <param name="samples">16-bit PCM.</param>
    /// <param name="codes">Receives one code per sample.</param>
    public static void Encode(ReadOnlySpan<short> samples, Span<byte> codes)
    {
        if (codes.Length < samples.Length)
        {
            throw new ArgumentException("The output is shorter than the input.", nameof(codes));
        }

        for (var i = 0; i < samples.Length; i++)
        {
            codes[i] = Encode(samples[i]);
        }
    }

    /// <summary>Decodes a frame of codes.</summary>
    /// <param name="codes">µ-law codes.</param>
    /// <param name="samples">Receives one sample per code.</param>
    public static void Decode(ReadOnlySpan<byte> codes, Span<short> samples)
    {
        if (samples.Length < codes.Length)
        {
            throw new ArgumentException("The output is shorter than the input.", nameof(samples));
        }

        for (var i = 0; i < codes.Length; i++)
        {
            samples[i] = DecodeTable[codes[i]];
        }
    }

    private static short[] BuildDecodeTable()
    {
        var table = new short[256];
        for (var i = 0; i < 256; i++)
        {
            var code = ~i & 0xFF;
            var segment = (code >> 4) & 0x07;
            var magnitude = ((((code & 0x0F) << 3) + Bias) << segment) - Bias;
            table[i] = (short)((code & 0x80) != 0 ? -magnitude : magnitude);
        }

        return table;
    }
}
