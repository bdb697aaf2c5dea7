// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Rtp;

/// <summary>The fixed RTP header fields and where the payload lies, read without allocating (RFC 3550 §5.1).</summary>
/// <remarks>For a receive loop: validate and route a packet, then slice its payload, with no copies.</remarks>
public readonly record struct RtpHeader
{
    /// <summary>Length of the fixed header.</summary>
    public const int FixedLength = 12;

    /// <summary>Gets a value indicating whether the marker bit is set.</summary>
    public bool Marker { get; init; }

    /// <summary>Gets the payload type (0–127).</summary>
    public byte PayloadType { get; init; }

    /// <summary>Gets the sequence number.</summary>
    public ushort SequenceNumber { get; init; }

    /// <summary>Gets the RTP timestamp.</summary>
    public uint Timestamp { get; init; }

    /// <summary>Gets the synchronisation source.</summary>
    public uint Ssrc { get; init; }

    /// <summary>Gets the number of contributing sources.</summary>
    public int CsrcCount { get; init; }

    /// <summary>Gets a value indicating whether a header extension is present.</summary>
    public bool HasExtension { get; init; }

    /// <summary>Gets the length of the header including CSRCs and extension; the payload starts here.</summary>
    public int HeaderLength { get; init; }

    /// <summary>Gets the payload length, without padding.</summary>
    public int PayloadLength { get; init; }

    /// <summary>Gets the number of padding bytes at the end (0 when the P bit is clear).</summary>
    public int PaddingLength { get; init; }

    /// <summary>Reads the header of an RTP packet.</summary>
    /// <param name="packet">Exactly one RTP packet.</param>
    /// <param name="header">The header on success.</param>
    /// <returns>False when the packet is not version 2, is shorter than its header says, or its padding is impossible.</returns>
    public static bool TryRead(ReadOnlySpan<byte> packet, out RtpHeader header)
    {
        header = default;
        if (packet.Length < FixedLength || packet[0] >> 6 != 2)
        {
            return false;
        }

        var csrcCount = packet[0] & 0x0F;
        var length = FixedLength + (4 * csrcCount);
        var hasExtension = (packet[0] & 0x10) != 0;
        if (hasExtension)
        {
            if (packet.Length < length + 4)
            {
                return false;
            }

            length += 4 + (4 * BinaryPrimitives.ReadUInt16BigEndian(packet[(length + 2)..]));
        }

        if (length > packet.Length)
        {
            return false;
        }

        var padding = 0;
        if ((packet[0] & 0x20) != 0)
        {
            padding = packet[^1];
            if (padding == 0 || length + padding > packet.Length)
            {
                return false;
            }
        }

        header = new RtpHeader
        {
            Marker = (packet[1] & 0x80) != 0,
            PayloadType = (byte)(packet[1] & 0x7F),
            SequenceNumber = BinaryPrimitives.ReadUInt16BigEndian(packet[2..]),
            Timestamp = BinaryPrimitives.ReadUInt32BigEndian(packet[4..]),
            Ssrc = BinaryPrimitives.ReadUInt32BigEndian(packet[8..]),
            CsrcCount = csrcCount,
            HasExtension = hasExtension,
            HeaderLength = length,
            PayloadLength = packet.Length - length - padding,
            PaddingLength = padding,
        };
        return true;
    }
}
