// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Kandy.Media.Stun;

/// <summary>Encodes and decodes (XOR-)MAPPED-ADDRESS style values (RFC 8489 §14.1–14.2).</summary>
internal static class StunAddressCodec
{
    private const byte FamilyIPv4 = 0x01;
    private const byte FamilyIPv6 = 0x02;

    /// <summary>The encoded size for an address of this family.</summary>
    public static int SizeOf(IPEndPoint endPoint) => endPoint.AddressFamily == AddressFamily.InterNetworkV6 ? 20 : 8;

    /// <summary>
    /// Reads an address; <paramref name="xorKey"/> is cookie + transaction id (16 bytes) for XOR attributes, empty otherwise.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> value, ReadOnlySpan<byte> xorKey, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPEndPoint? endPoint)
    {
        endPoint = null;
        if (value.Length < 4)
        {
            return false;
        }

        var family = value[1];
        var addressLength = family switch { FamilyIPv4 => 4, FamilyIPv6 => 16, _ => 0 };
        if (addressLength == 0 || value.Length != 4 + addressLength)
        {
            return false;
        }

        var port = BinaryPrimitives.ReadUInt16BigEndian(value[2..]);
        Span<byte> address = stackalloc byte[addressLength];
        value.Slice(4, addressLength).CopyTo(address);
        if (!xorKey.IsEmpty)
        {
            port ^= (ushort)(StunHeader.MagicCookie >> 16);
            for (var i = 0; i < addressLength; i++)
            {
                address[i] ^= xorKey[i];
            }
        }

        endPoint = new IPEndPoint(new IPAddress(address), port);
        return true;
    }

    /// <summary>Writes an address into <paramref name="destination"/> (exactly <see cref="SizeOf"/> bytes).</summary>
    public static void Write(IPEndPoint endPoint, ReadOnlySpan<byte> xorKey, Span<byte> destination)
    {
        var v6 = endPoint.AddressFamily == AddressFamily.InterNetworkV6;
        destination[0] = 0;
        destination[1] = v6 ? FamilyIPv6 : FamilyIPv4;
        var port = (ushort)endPoint.Port;
        var address = destination[4..];
        endPoint.Address.TryWriteBytes(address, out var written);
        if (!xorKey.IsEmpty)
        {
            port ^= (ushort)(StunHeader.MagicCookie >> 16);
            for (var i = 0; i < written; i++)
            {
                address[i] ^= xorKey[i];
            }
        }

        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], port);
    }
}
