// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Rtcp;

/// <summary>A sender report (RFC 3550 §6.4.1).</summary>
public sealed class RtcpSenderReport : RtcpPacket
{
    /// <summary>Gets or sets the sender's SSRC.</summary>
    public uint Ssrc { get; set; }

    /// <summary>Gets or sets the NTP timestamp of the moment the report was made.</summary>
    public ulong NtpTimestamp { get; set; }

    /// <summary>Gets or sets the RTP timestamp of the same instant.</summary>
    public uint RtpTimestamp { get; set; }

    /// <summary>Gets or sets the number of RTP packets sent since the start.</summary>
    public uint PacketCount { get; set; }

    /// <summary>Gets or sets the number of payload octets sent since the start.</summary>
    public uint OctetCount { get; set; }

    /// <summary>Gets the reception report blocks (at most 31).</summary>
    public IList<RtcpReportBlock> ReportBlocks { get; } = [];

    /// <summary>Gets or sets profile-specific extension bytes after the blocks (whole 32-bit words), kept as they are.</summary>
    public ReadOnlyMemory<byte> ProfileExtension { get; set; }

    /// <inheritdoc/>
    public override RtcpPacketType PacketType => RtcpPacketType.SenderReport;

    /// <inheritdoc/>
    protected override int CountField => ReportBlocks.Count;

    /// <inheritdoc/>
    protected override int BodyLength => 24 + (RtcpReportBlock.Length * ReportBlocks.Count) + ProfileExtension.Length;

    /// <inheritdoc/>
    protected override void WriteBody(Span<byte> body)
    {
        BinaryPrimitives.WriteUInt32BigEndian(body, Ssrc);
        BinaryPrimitives.WriteUInt64BigEndian(body[4..], NtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(body[12..], RtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(body[16..], PacketCount);
        BinaryPrimitives.WriteUInt32BigEndian(body[20..], OctetCount);
        RtcpReports.WriteBlocks(ReportBlocks, ProfileExtension, body[24..]);
    }

    internal static RtcpSenderReport? Read(int count, ReadOnlySpan<byte> body)
    {
        if (body.Length < 24 + (count * RtcpReportBlock.Length))
        {
            return null;
        }

        var report = new RtcpSenderReport
        {
            Ssrc = BinaryPrimitives.ReadUInt32BigEndian(body),
            NtpTimestamp = BinaryPrimitives.ReadUInt64BigEndian(body[4..]),
            RtpTimestamp = BinaryPrimitives.ReadUInt32BigEndian(body[12..]),
            PacketCount = BinaryPrimitives.ReadUInt32BigEndian(body[16..]),
            OctetCount = BinaryPrimitives.ReadUInt32BigEndian(body[20..]),
        };
        var extension = RtcpReports.ReadBlocks(count, body[24..], report.ReportBlocks);
        if (extension is null)
        {
            return null;
        }

        report.ProfileExtension = extension.Value;
        return report;
    }
}
