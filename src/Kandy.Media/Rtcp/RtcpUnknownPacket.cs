// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Rtcp;

/// <summary>An RTCP packet this stack does not interpret (APP, XR, transport-cc, REMB, …), kept byte for byte.</summary>
/// <param name="type">The packet type byte.</param>
/// <param name="count">The 5-bit count or format field.</param>
/// <param name="body">The bytes after the common header (whole 32-bit words).</param>
public sealed class RtcpUnknownPacket(RtcpPacketType type, int count, ReadOnlyMemory<byte> body) : RtcpPacket
{
    /// <summary>Gets the 5-bit count or feedback format field.</summary>
    public int Count { get; } = count & 0x1F;

    /// <summary>Gets the bytes after the common header.</summary>
    public ReadOnlyMemory<byte> Body { get; } = body.Length % 4 == 0
        ? body
        : throw new ArgumentException("An RTCP body is whole 32-bit words.", nameof(body));

    /// <inheritdoc/>
    public override RtcpPacketType PacketType { get; } = type;

    /// <inheritdoc/>
    protected override int CountField => Count;

    /// <inheritdoc/>
    protected override int BodyLength => Body.Length;

    /// <inheritdoc/>
    protected override void WriteBody(Span<byte> body) => Body.Span.CopyTo(body);
}
