// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using System.Text;

namespace Kandy.Media.WebRtc;

/// <summary>Writes our compound RTCP (SR or RR, then SDES CNAME) and reads the SR/RR parts of the peer's.</summary>
/// <remarks>RFC 3550 §6.1 (compound packets), §6.4.1 (SR), §6.4.2 (RR), §6.5 (SDES). Other packet types are skipped.</remarks>
internal static class RtcpCompound
{
    public const byte SenderReport = 200;
    public const byte ReceiverReport = 201;
    private const byte SourceDescription = 202;

    /// <summary>Writes SR (when <paramref name="sender"/> is given) or RR, plus SDES; returns the length.</summary>
    public static int Write(Span<byte> buffer, uint ssrc, SenderInfo? sender, RtcpReportBlock? block, string canonicalName)
    {
        var count = block is null ? 0 : 1;
        var type = sender is null ? ReceiverReport : SenderReport;
        var offset = 8;
        BinaryPrimitives.WriteUInt32BigEndian(buffer[4..], ssrc);
        if (sender is { } info)
        {
            BinaryPrimitives.WriteUInt64BigEndian(buffer[offset..], info.NtpTimestamp);
            BinaryPrimitives.WriteUInt32BigEndian(buffer[(offset + 8)..], info.RtpTimestamp);
            BinaryPrimitives.WriteUInt32BigEndian(buffer[(offset + 12)..], info.PacketCount);
            BinaryPrimitives.WriteUInt32BigEndian(buffer[(offset + 16)..], info.OctetCount);
            offset += 20;
        }

        if (block is { } b)
        {
            BinaryPrimitives.WriteUInt32BigEndian(buffer[offset..], b.Ssrc);
            BinaryPrimitives.WriteUInt32BigEndian(buffer[(offset + 4)..], ((uint)b.FractionLost << 24) | ((uint)b.CumulativeLost & 0xFFFFFF));
            BinaryPrimitives.WriteUInt32BigEndian(buffer[(offset + 8)..], b.ExtendedHighestSequence);
            BinaryPrimitives.WriteUInt32BigEndian(buffer[(offset + 12)..], b.Jitter);
            BinaryPrimitives.WriteUInt32BigEndian(buffer[(offset + 16)..], b.LastSenderReport);
            BinaryPrimitives.WriteUInt32BigEndian(buffer[(offset + 20)..], b.DelaySinceLastSenderReport);
            offset += 24;
        }

        WriteHeader(buffer, count, type, offset);

        var name = Encoding.UTF8.GetBytes(canonicalName);
        var sdesStart = offset;
        BinaryPrimitives.WriteUInt32BigEndian(buffer[(offset + 4)..], ssrc);
        offset += 8;
        buffer[offset++] = 1;
        buffer[offset++] = (byte)name.Length;
        name.CopyTo(buffer[offset..]);
        offset += name.Length;

        // The item list ends with a zero byte and is padded with zeros to a 32-bit boundary.
        do
        {
            buffer[offset++] = 0;
        }
        while ((offset - sdesStart) % 4 != 0);

        WriteHeader(buffer[sdesStart..], 1, SourceDescription, offset - sdesStart);
        return offset;
    }

    /// <summary>Reads the sender info and the report blocks of every SR and RR in a compound packet.</summary>
    /// <returns>False when the packet is malformed; what was read before the fault is still reported.</returns>
    public static bool Read(ReadOnlySpan<byte> packet, Action<uint, ulong> senderReport, Action<RtcpReportBlock> reportBlock)
    {
        while (packet.Length >= 4)
        {
            if (packet[0] >> 6 != 2)
            {
                return false;
            }

            var count = packet[0] & 0x1F;
            var type = packet[1];
            var length = (BinaryPrimitives.ReadUInt16BigEndian(packet[2..]) + 1) * 4;
            if (length > packet.Length)
            {
                return false;
            }

            var body = packet[..length];
            var blocks = type switch
            {
                SenderReport when body.Length >= 28 => 28,
                ReceiverReport when body.Length >= 8 => 8,
                _ => -1,
            };
            if (type == SenderReport && blocks > 0)
            {
                senderReport(BinaryPrimitives.ReadUInt32BigEndian(body[4..]), BinaryPrimitives.ReadUInt64BigEndian(body[8..]));
            }

            for (var i = 0; blocks > 0 && i < count && blocks + ((i + 1) * 24) <= body.Length; i++)
            {
                reportBlock(ReadBlock(body[(blocks + (i * 24))..]));
            }

            packet = packet[length..];
        }

        return packet.IsEmpty;
    }

    private static RtcpReportBlock ReadBlock(ReadOnlySpan<byte> block)
    {
        var lost = BinaryPrimitives.ReadUInt32BigEndian(block[4..]);

        // The cumulative loss is a signed 24-bit number (duplicates can make it negative).
        var cumulative = (int)(lost << 8) >> 8;
        return new RtcpReportBlock(
            BinaryPrimitives.ReadUInt32BigEndian(block),
            (byte)(lost >> 24),
            cumulative,
            BinaryPrimitives.ReadUInt32BigEndian(block[8..]),
            BinaryPrimitives.ReadUInt32BigEndian(block[12..]),
            BinaryPrimitives.ReadUInt32BigEndian(block[16..]),
            BinaryPrimitives.ReadUInt32BigEndian(block[20..]));
    }

    private static void WriteHeader(Span<byte> buffer, int count, byte type, int length)
    {
        buffer[0] = (byte)(0x80 | count);
        buffer[1] = type;
        BinaryPrimitives.WriteUInt16BigEndian(buffer[2..], (ushort)((length / 4) - 1));
    }
}

/// <summary>The sender-info part of an SR.</summary>
internal readonly record struct SenderInfo(ulong NtpTimestamp, uint RtpTimestamp, uint PacketCount, uint OctetCount);
