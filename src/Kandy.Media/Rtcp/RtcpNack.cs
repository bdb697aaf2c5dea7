// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Rtcp;

/// <summary>A generic NACK: transport-layer feedback format 1 (RFC 4585 §6.2.1).</summary>
public sealed class RtcpNack : RtcpPacket
{
    /// <summary>The feedback message type of a generic NACK.</summary>
    public const int Format = 1;

    /// <summary>Gets or sets the SSRC of the packet sender.</summary>
    public uint SenderSsrc { get; set; }

    /// <summary>Gets or sets the SSRC of the media source the losses belong to.</summary>
    public uint MediaSsrc { get; set; }

    /// <summary>Gets the FCI entries: a packet id and a bitmask of the 16 following lost packets.</summary>
    public IList<(ushort PacketId, ushort LostBitmask)> Entries { get; } = [];

    /// <inheritdoc/>
    public override RtcpPacketType PacketType => RtcpPacketType.TransportFeedback;

    /// <inheritdoc/>
    protected override int CountField => Format;

    /// <inheritdoc/>
    protected override int BodyLength => 8 + (4 * Entries.Count);

    /// <summary>Creates a NACK for a set of lost sequence numbers, packing them into as few entries as possible.</summary>
    /// <param name="senderSsrc">The reporting SSRC.</param>
    /// <param name="mediaSsrc">The media source.</param>
    /// <param name="lost">Lost sequence numbers in sending order.</param>
    /// <returns>The NACK.</returns>
    public static RtcpNack Create(uint senderSsrc, uint mediaSsrc, IEnumerable<ushort> lost)
    {
        ArgumentNullException.ThrowIfNull(lost);
        var nack = new RtcpNack { SenderSsrc = senderSsrc, MediaSsrc = mediaSsrc };
        foreach (var sequence in lost)
        {
            if (nack.Entries.Count > 0)
            {
                var (id, mask) = nack.Entries[^1];
                var offset = (ushort)(sequence - id);
                if (offset is >= 1 and <= 16)
                {
                    nack.Entries[^1] = (id, (ushort)(mask | (1 << (offset - 1))));
                    continue;
                }
            }

            nack.Entries.Add((sequence, 0));
        }

        return nack;
    }

    /// <summary>Expands the entries into the lost sequence numbers.</summary>
    /// <returns>The sequence numbers in entry order.</returns>
    public IEnumerable<ushort> GetLostSequenceNumbers()
    {
        foreach (var (id, mask) in Entries)
        {
            yield return id;
            for (var bit = 0; bit < 16; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    yield return (ushort)(id + bit + 1);
                }
            }
        }
    }

    /// <inheritdoc/>
    protected override void WriteBody(Span<byte> body)
    {
        BinaryPrimitives.WriteUInt32BigEndian(body, SenderSsrc);
        BinaryPrimitives.WriteUInt32BigEndian(body[4..], MediaSsrc);
        for (var i = 0; i < Entries.Count; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(body[(8 + (4 * i))..], Entries[i].PacketId);
            BinaryPrimitives.WriteUInt16BigEndian(body[(10 + (4 * i))..], Entries[i].LostBitmask);
        }
    }

    internal static RtcpNack? Read(ReadOnlySpan<byte> body)
    {
        if (body.Length < 8 || body.Length % 4 != 0)
        {
            return null;
        }

        var nack = new RtcpNack
        {
            SenderSsrc = BinaryPrimitives.ReadUInt32BigEndian(body),
            MediaSsrc = BinaryPrimitives.ReadUInt32BigEndian(body[4..]),
        };
        for (var at = 8; at < body.Length; at += 4)
        {
            nack.Entries.Add((BinaryPrimitives.ReadUInt16BigEndian(body[at..]), BinaryPrimitives.ReadUInt16BigEndian(body[(at + 2)..])));
        }

        return nack;
    }
}
