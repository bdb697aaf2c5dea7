// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using System.Text;

namespace Kandy.Media.Rtcp;

/// <summary>A goodbye packet (RFC 3550 §6.6).</summary>
public sealed class RtcpGoodbye : RtcpPacket
{
    /// <summary>Gets the sources that leave (at most 31).</summary>
    public IList<uint> Ssrcs { get; } = [];

    /// <summary>Gets or sets the reason for leaving, or null (at most 255 bytes in UTF-8).</summary>
    public string? Reason { get; set; }

    /// <inheritdoc/>
    public override RtcpPacketType PacketType => RtcpPacketType.Goodbye;

    /// <inheritdoc/>
    protected override int CountField => Ssrcs.Count;

    /// <inheritdoc/>
    protected override int BodyLength =>
        (4 * Ssrcs.Count) + (Reason is null ? 0 : (1 + Encoding.UTF8.GetByteCount(Reason) + 3) & ~3);

    /// <inheritdoc/>
    protected override void WriteBody(Span<byte> body)
    {
        body.Clear();
        for (var i = 0; i < Ssrcs.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(body[(4 * i)..], Ssrcs[i]);
        }

        if (Reason is not null)
        {
            var at = 4 * Ssrcs.Count;
            var length = Encoding.UTF8.GetBytes(Reason, body[(at + 1)..]);
            if (length > 255)
            {
                throw new InvalidOperationException("A BYE reason holds at most 255 bytes.");
            }

            body[at] = (byte)length;
        }
    }

    internal static RtcpGoodbye? Read(int count, ReadOnlySpan<byte> body)
    {
        if (body.Length < 4 * count)
        {
            return null;
        }

        var packet = new RtcpGoodbye();
        for (var i = 0; i < count; i++)
        {
            packet.Ssrcs.Add(BinaryPrimitives.ReadUInt32BigEndian(body[(4 * i)..]));
        }

        var rest = body[(4 * count)..];
        if (!rest.IsEmpty)
        {
            if (1 + rest[0] > rest.Length)
            {
                return null;
            }

            packet.Reason = Encoding.UTF8.GetString(rest.Slice(1, rest[0]));
        }

        return packet;
    }
}
