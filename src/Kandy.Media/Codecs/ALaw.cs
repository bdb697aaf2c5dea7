// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Codecs;

/// <summary>G.711 A-law (PCMA, RTP payload type 8) conversion between 16-bit linear PCM and 8-bit codes.</summary>
/// <remarks>
/// ITU-T G.711 §B: the 13-bit magnitude is split into a 3-bit segment and a 4-bit step (segment 0 is linear),
/// and the even bits of the code are inverted (XOR 0x55) so that idle lines carry transitions. RFC 3551 §4.5.14.
/// </remarks>
public static class ALaw
{
    private static readonly short[] DecodeTable = BuildDecodeTable();

    /// <summary>Encodes one linear sample.</summary>
    /// <param name="sample">16-bit PCM.</param>
    /// <returns>The A-law code.</returns>
    public static byte Encode(short sample)
    {
        // A-law works on 13 bits; the sign bit is 1 for positive values.
        var value = sample >> 3;
        var sign = 0x80;
        if (value < 0)
        {
            sign = 0;
            value = -value - 1;
        }

        value = Math.Min(value, 0x0FFF);
        int code;
        if (value < 32)
        {
            code = value >> 1;
        }
        else
        {
            var segment = 1;
            for (var limit = 64; value >= limit && segment < 7; limit <<= 1)
            {
                segment++;
            }

            code = (segment << 4) | ((value >> segment) & 0x0F);
        }

        return (byte)((sign | code) ^ 0x55);
    }

    /// <summary>Decodes one A-law code.</summary>
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
    /// <param name="codes">A-law codes.</param>
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
            var code = i ^ 0x55;
            var segment = (code >> 4) & 0x07;
            var step = code & 0x0F;

            // Reconstruct at the middle of the quantisation interval, in 13-bit units, then scale to 16 bits.
            var magnitude = segment == 0 ? (step << 1) + 1 : ((step << 1) + 33) << (segment - 1);
            magnitude <<= 3;
            table[i] = (short)((code & 0x80) != 0 ? magnitude : -magnitude);
        }

        return table;
    }
}
