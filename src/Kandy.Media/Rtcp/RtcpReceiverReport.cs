// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Rtcp;

/// <summary>A receiver report (RFC 3550 §6.4.2).</summary>
public sealed class RtcpReceiverReport : RtcpPacket
{
    /// <summary>Gets or sets the reporter's SSRC.</summary>
    public uint Ssrc { get; set; }

    /// <summary>Gets the reception report blocks (at most 31).</summary>
    public IList<RtcpReportBlock> ReportBlocks { get; } = [];

    /// <summary>Gets or sets profile-specific extension bytes after the blocks (whole 32-bit words), kept as they are.</summary>
    public ReadOnlyMemory<byte> ProfileExtension { get; set; }

    /// <inheritdoc/>
    public override RtcpPacketType PacketType => RtcpPacketType.ReceiverReport;

    /// <inheritdoc/>
    protected override int CountField => ReportBlocks.Count;

    /// <inheritdoc/>
    protected override int BodyLength => 4 + (RtcpReportBlock.Length * ReportBlocks.Count) + ProfileExtension.Length;

    /// <inheritdoc/>
    protected override void WriteBody(Span<byte> body)
    {
        BinaryPrimitives.WriteUInt32BigEndian(body, Ssrc);
        RtcpReports.WriteBlocks(ReportBlocks, ProfileExtension, body[4..]);
    }

    internal static RtcpReceiverReport? Read(int count, ReadOnlySpan<byte> body)
    {
        if (body.Length < 4 + (count * RtcpReportBlock.Length))
        {
            return null;
        }

        var report = new RtcpReceiverReport { Ssrc = BinaryPrimitives.ReadUInt32BigEndian(body) };
        var extension = RtcpReports.ReadBlocks(count, body[4..], report.ReportBlocks);
        if (extension is null)
        {
            return null;
        }

        report.ProfileExtension = extension.Value;
        return report;
    }
}
