// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Rtcp;

/// <summary>A picture loss indication: payload-specific feedback format 1 (RFC 4585 §6.3.1).</summary>
public sealed class RtcpPictureLossIndication : RtcpPacket
{
    /// <summary>The feedback message type of a PLI.</summary>
    public const int Format = 1;

    /// <summary>Gets or sets the SSRC of the packet sender.</summary>
    public uint SenderSsrc { get; set; }

    /// <summary>Gets or sets the SSRC of the media source that should send a key frame.</summary>
    public uint MediaSsrc { get; set; }

    /// <inheritdoc/>
    public override RtcpPacketType PacketType => RtcpPacketType.PayloadFeedback;

    /// <inheritdoc/>
    protected override int CountField => Format;

    /// <inheritdoc/>
    protected override int BodyLength => 8;

    /// <inheritdoc/>
    protected override void WriteBody(Span<byte> body)
    {
        BinaryPrimitives.WriteUInt32BigEndian(body, SenderSsrc);
        BinaryPrimitives.WriteUInt32BigEndian(body[4..], MediaSsrc);
    }

    internal static RtcpPictureLossIndication? Read(ReadOnlySpan<byte> body) => body.Length == 8
        ? new RtcpPictureLossIndication
        {
            SenderSsrc = BinaryPrimitives.ReadUInt32BigEndian(body),
            MediaSsrc = BinaryPrimitives.ReadUInt32BigEndian(body[4..]),
        }
        : null;
}
