// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Stun;

/// <summary>Layout constants and message-type bit packing of the STUN header (RFC 8489 §5).</summary>
internal static class StunHeader
{
    public const int Size = 20;
    public const uint MagicCookie = 0x2112A442;
    public const uint FingerprintXor = 0x5354554E;

    /// <summary>Packs method and class into the 14-bit message type (class bits sit at bits 4 and 8).</summary>
    public static ushort EncodeType(StunMethod method, StunClass messageClass)
    {
        var m = (int)method;
        var c = (int)messageClass;
        return (ushort)((m & 0x000F) | ((m & 0x0070) << 1) | ((m & 0x0F80) << 2) | ((c & 1) << 4) | ((c & 2) << 7));
    }

    public static StunMethod DecodeMethod(ushort type) =>
        (StunMethod)((type & 0x000F) | ((type & 0x00E0) >> 1) | ((type & 0x3E00) >> 2));

    public static StunClass DecodeClass(ushort type) => (StunClass)(((type >> 4) & 1) | ((type >> 7) & 2));

    /// <summary>
    /// A cheap check for the RFC 7983 demultiplexer and the TURN client: top two bits zero and the magic cookie.
    /// </summary>
    public static bool LooksLikeStun(ReadOnlySpan<byte> datagram) =>
        datagram.Length >= Size && (datagram[0] & 0xC0) == 0 &&
        BinaryPrimitives.ReadUInt32BigEndian(datagram[4..]) == MagicCookie;

    public static int Padded(int length) => (length + 3) & ~3;
}
