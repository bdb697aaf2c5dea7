// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace Kandy.Media.Srtp;

/// <summary>AES in counter mode as SRTP uses it (RFC 3711 §4.1.1), on a reusable ECB transform.</summary>
/// <remarks>
/// The counter blocks and keystream live in buffers owned by this instance and grow only for a packet
/// larger than any before, so steady-state encryption allocates nothing. Not thread-safe.
/// </remarks>
internal sealed class AesCounterKeystream : IDisposable
{
    private const int InitialBufferLength = 2048;

    private readonly Aes aes;
    private readonly ICryptoTransform ecb;
    private readonly byte[] salt;
    private byte[] counters = new byte[InitialBufferLength];
    private byte[] keystream = new byte[InitialBufferLength];

    internal AesCounterKeystream(byte[] key, byte[] salt)
    {
        aes = Aes.Create();
        aes.Mode = CipherMode.ECB;
        aes.Padding = PaddingMode.None;
        ecb = aes.CreateEncryptor(key, null);
        this.salt = salt;
    }

    /// <summary>XORs <paramref name="data"/> with the keystream for <paramref name="ssrc"/> and <paramref name="index"/>.</summary>
    /// <remarks>IV = (k_s · 2^16) XOR (SSRC · 2^64) XOR (i · 2^16); the low 16 bits count blocks.</remarks>
    internal void Apply(Span<byte> data, uint ssrc, ulong index)
    {
        if (data.IsEmpty)
        {
            return;
        }

        var blocks = (data.Length + 15) / 16;
        var bytes = blocks * 16;
        if (counters.Length < bytes)
        {
            counters = new byte[bytes];
            keystream = new byte[bytes];
        }

        Span<byte> iv = stackalloc byte[16];
        iv.Clear();
        salt.CopyTo(iv);
        BinaryPrimitives.WriteUInt32BigEndian(iv[4..], BinaryPrimitives.ReadUInt32BigEndian(iv[4..]) ^ ssrc);
        var low = BinaryPrimitives.ReadUInt64BigEndian(iv[8..]) ^ (index << 16);
        BinaryPrimitives.WriteUInt64BigEndian(iv[8..], low);
        for (var block = 0; block < blocks; block++)
        {
            var counter = counters.AsSpan(block * 16, 16);
            iv.CopyTo(counter);
            BinaryPrimitives.WriteUInt16BigEndian(counter[14..], (ushort)block);
        }

        ecb.TransformBlock(counters, 0, bytes, keystream, 0);
        Xor(data, keystream);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        ecb.Dispose();
        aes.Dispose();
    }

    private static void Xor(Span<byte> data, ReadOnlySpan<byte> key)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i + Vector<byte>.Count <= data.Length; i += Vector<byte>.Count)
            {
                var mixed = new Vector<byte>(data[i..]) ^ new Vector<byte>(key[i..]);
                mixed.CopyTo(data[i..]);
            }
        }

        for (; i < data.Length; i++)
        {
            data[i] ^= key[i];
        }
    }
}
