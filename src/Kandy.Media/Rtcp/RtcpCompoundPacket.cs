// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Rtcp;

/// <summary>Reads and writes compound RTCP packets (RFC 3550 §6.1) and the reduced-size packets of RFC 5506.</summary>
public static class RtcpCompoundPacket
{
    /// <summary>Splits a datagram into RTCP packets.</summary>
    /// <param name="datagram">The unprotected datagram.</param>
    /// <param name="packets">The packets in order on success.</param>
    /// <returns>False when a header is not version 2, lengths do not add up to the datagram, padding appears
    /// before the last packet, or a known packet type is malformed (RFC 3550 Appendix A.2).</returns>
    public static bool TryParse(ReadOnlySpan<byte> datagram, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReadOnlyList<RtcpPacket>? packets)
    {
        packets = null;
        var list = new List<RtcpPacket>();
        var at = 0;
        if (datagram.IsEmpty)
        {
            return false;
        }

        while (at < datagram.Length)
        {
            var rest = datagram[at..];
            if (rest.Length < RtcpPacket.HeaderLength || rest[0] >> 6 != 2)
            {
                return false;
            }

            var length = 4 * (BinaryPrimitives.ReadUInt16BigEndian(rest[2..]) + 1);
            if (length > rest.Length)
            {
                return false;
            }

            var body = rest[RtcpPacket.HeaderLength..length];
            if ((rest[0] & 0x20) != 0)
            {
                // Only the last packet of a compound may be padded; the count is its final byte.
                var padding = rest[length - 1];
                if (at + length != datagram.Length || padding == 0 || padding > body.Length)
                {
                    return false;
                }

                body = body[..^padding];
            }

            var packet = Read((RtcpPacketType)rest[1], rest[0] & 0x1F, body);
            if (packet is null)
            {
                return false;
            }

            list.Add(packet);
            at += length;
        }

        packets = list;
        return true;
    }

    /// <summary>Gets the total length of packets written back to back.</summary>
    /// <param name="packets">The packets.</param>
    /// <returns>The length in bytes.</returns>
    public static int GetLength(IEnumerable<RtcpPacket> packets)
    {
        ArgumentNullException.ThrowIfNull(packets);
        return packets.Sum(p => p.Length);
    }

    /// <summary>Writes packets back to back as one compound packet.</summary>
    /// <param name="packets">The packets; a full compound starts with an SR or RR and includes an SDES CNAME (RFC 3550 §6.1).</param>
    /// <param name="destination">At least <see cref="GetLength"/> bytes.</param>
    /// <returns>The number of bytes written.</returns>
    public static int Write(IEnumerable<RtcpPacket> packets, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(packets);
        var at = 0;
        foreach (var packet in packets)
        {
            at += packet.Write(destination[at..]);
        }

        return at;
    }

    private static RtcpPacket? Read(RtcpPacketType type, int count, ReadOnlySpan<byte> body) => type switch
    {
        RtcpPacketType.SenderReport => RtcpSenderReport.Read(count, body),
        RtcpPacketType.ReceiverReport => RtcpReceiverReport.Read(count, body),
        RtcpPacketType.SourceDescription => RtcpSourceDescription.Read(count, body),
        RtcpPacketType.Goodbye => RtcpGoodbye.Read(count, body),
        RtcpPacketType.TransportFeedback when count == RtcpNack.Format => RtcpNack.Read(body),
        RtcpPacketType.PayloadFeedback when count == RtcpPictureLossIndication.Format => RtcpPictureLossIndication.Read(body),
        _ => body.Length % 4 == 0 ? new RtcpUnknownPacket(type, count, body.ToArray()) : null,
    };
}
