// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Kandy.Media.Stun;

/// <summary>The 96-bit STUN transaction id (RFC 8489 §5), a value type usable as a dictionary key.</summary>
public readonly record struct StunTransactionId(ulong High, uint Low)
{
    /// <summary>The size of a transaction id in bytes.</summary>
    public const int Size = 12;

    /// <summary>Creates a cryptographically random transaction id.</summary>
    public static StunTransactionId NewId()
    {
        Span<byte> bytes = stackalloc byte[Size];
        RandomNumberGenerator.Fill(bytes);
        return Read(bytes);
    }

    /// <summary>Reads a transaction id from the first 12 bytes of <paramref name="source"/>.</summary>
    public static StunTransactionId Read(ReadOnlySpan<byte> source) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(source), BinaryPrimitives.ReadUInt32BigEndian(source[8..]));

    /// <summary>Writes the id into the first 12 bytes of <paramref name="destination"/>.</summary>
    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, High);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], Low);
    }

    /// <inheritdoc/>
    public override string ToString() => High.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + Low.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}
