// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.WebRtc;

/// <summary>The fixed RTP header fields the PCMU path writes and reads (RFC 3550 §5.1).</summary>
internal readonly record struct RtpHeader(byte PayloadType, ushort SequenceNumber, uint Timestamp, uint Ssrc, bool Marker)
{
    public const int FixedLength = 12;

    public void Write(Span<byte> buffer)
    {
        buffer[0] = 0x80;
        buffer[1] = (byte)((Marker ? 0x80 : 0) | PayloadType);
        BinaryPrimitives.WriteUInt16BigEndian(buffer[2..], SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(buffer[4..], Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(buffer[8..], Ssrc);
    }

    /// <summary>Reads the header and finds the payload past CSRCs, the extension and padding.</summary>
    public static bool TryRead(ReadOnlySpan<byte> packet, out RtpHeader header, out int headerLength, out int payloadLength)
    {
        header = default;
        headerLength = payloadLength = 0;
        if (packet.Length < FixedLength || packet[0] >> 6 != 2)
        {
            return false;
        }

        headerLength = FixedLength + ((packet[0] & 0x0F) * 4);
        if ((packet[0] & 0x10) != 0)
        {
            if (packet.Length < headerLength + 4)
            {
                return false;
            }

            headerLength += 4 + (BinaryPrimitives.ReadUInt16BigEndian(packet[(headerLength + 2)..]) * 4);
        }

        var padding = (packet[0] & 0x20) != 0 && packet.Length > headerLength ? packet[^1] : 0;
        payloadLength = packet.Length - headerLength - padding;
        if (payloadLength < 0)
        {
            return false;
        }

        header = new RtpHeader(
            (byte)(packet[1] & 0x7F),
            BinaryPrimitives.ReadUInt16BigEndian(packet[2..]),
            BinaryPrimitives.ReadUInt32BigEndian(packet[4..]),
            BinaryPrimitives.ReadUInt32BigEndian(packet[8..]),
            (packet[1] & 0x80) != 0);
        return true;
    }
}
