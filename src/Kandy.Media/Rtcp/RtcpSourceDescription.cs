// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Rtcp;

/// <summary>A source description packet (RFC 3550 §6.5).</summary>
public sealed class RtcpSourceDescription : RtcpPacket
{
    /// <summary>Gets the chunks (at most 31).</summary>
    public IList<RtcpSourceDescriptionChunk> Chunks { get; } = [];

    /// <inheritdoc/>
    public override RtcpPacketType PacketType => RtcpPacketType.SourceDescription;

    /// <inheritdoc/>
    protected override int CountField => Chunks.Count;

    /// <inheritdoc/>
    protected override int BodyLength => Chunks.Sum(c => c.EncodedLength);

    /// <inheritdoc/>
    protected override void WriteBody(Span<byte> body)
    {
        body.Clear();
        var at = 0;
        foreach (var chunk in Chunks)
        {
            BinaryPrimitives.WriteUInt32BigEndian(body[at..], chunk.Ssrc);
            var itemAt = at + 4;
            foreach (var item in chunk.Items)
            {
                if (item.Value.Length > 255)
                {
                    throw new InvalidOperationException("An SDES item holds at most 255 bytes.");
                }

                body[itemAt] = (byte)item.Type;
                body[itemAt + 1] = (byte)item.Value.Length;
                item.Value.Span.CopyTo(body[(itemAt + 2)..]);
                itemAt += 2 + item.Value.Length;
            }

            at += chunk.EncodedLength;
        }
    }

    internal static RtcpSourceDescription? Read(int count, ReadOnlySpan<byte> body)
    {
        var packet = new RtcpSourceDescription();
        var at = 0;
        for (var chunk = 0; chunk < count; chunk++)
        {
            if (at + 4 > body.Length)
            {
                return null;
            }

            var ssrc = BinaryPrimitives.ReadUInt32BigEndian(body[at..]);
            var items = new List<RtcpSourceDescriptionItem>();
            at += 4;
            while (true)
            {
                if (at >= body.Length)
                {
                    return null;
                }

                if (body[at] == 0)
                {
                    // The list ends with a null byte; the chunk then pads to the next 32-bit boundary.
                    at = (at + 4) & ~3;
                    break;
                }

                if (at + 2 > body.Length || at + 2 + body[at + 1] > body.Length)
                {
                    return null;
                }

                items.Add(new RtcpSourceDescriptionItem((RtcpSourceDescriptionItemType)body[at], body.Slice(at + 2, body[at + 1]).ToArray()));
                at += 2 + body[at + 1];
            }

            packet.Chunks.Add(new RtcpSourceDescriptionChunk(ssrc, items));
        }

        return at <= body.Length ? packet : null;
    }
}
