// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using Kandy.Media.Rtp;

namespace Kandy.Media.Rtcp;

/// <summary>A reception report block of an SR or RR (RFC 3550 §6.4.1).</summary>
/// <param name="Ssrc">The source this block reports on.</param>
/// <param name="FractionLost">Loss since the previous report, as lost/expected × 256.</param>
/// <param name="CumulativeLost">Packets lost since reception began (24-bit signed).</param>
/// <param name="ExtendedHighestSequenceNumber">Cycles × 65536 + highest sequence number received.</param>
/// <param name="Jitter">Interarrival jitter in timestamp units.</param>
/// <param name="LastSenderReport">LSR: the middle 32 bits of the NTP timestamp of the last SR received, 0 if none.</param>
/// <param name="DelaySinceLastSenderReport">DLSR: delay since that SR, in units of 1/65536 s.</param>
public sealed record RtcpReportBlock(
    uint Ssrc,
    byte FractionLost,
    int CumulativeLost,
    uint ExtendedHighestSequenceNumber,
    uint Jitter,
    uint LastSenderReport,
    uint DelaySinceLastSenderReport)
{
    /// <summary>Length of a report block.</summary>
    public const int Length = 24;

    /// <summary>Builds a block from receive statistics and the last SR heard from the source.</summary>
    /// <param name="ssrc">The source.</param>
    /// <param name="statistics">Its receive statistics; the fraction lost interval restarts.</param>
    /// <param name="lastSenderReport">The NTP timestamp of the last SR received from it, or null.</param>
    /// <param name="sinceLastSenderReport">Time since that SR arrived.</param>
    /// <returns>The block.</returns>
    public static RtcpReportBlock FromStatistics(uint ssrc, RtpReceiveStatistics statistics, ulong? lastSenderReport, TimeSpan sinceLastSenderReport)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return new RtcpReportBlock(
            ssrc,
            statistics.TakeFractionLost(),
            statistics.CumulativeLost,
            statistics.ExtendedHighestSequenceNumber,
            statistics.Jitter,
            lastSenderReport is { } ntp ? NtpTime.Middle32(ntp) : 0,
            lastSenderReport is null ? 0 : NtpTime.ToShortUnits(sinceLastSenderReport));
    }

    /// <summary>Computes the round-trip time this block reveals to the sender it reports on (RFC 3550 §6.4.1).</summary>
    /// <param name="arrivalNtp">The NTP time at which this block arrived.</param>
    /// <returns>A − LSR − DLSR, or null when the block carries no LSR or the result is negative.</returns>
    public TimeSpan? RoundTripTime(ulong arrivalNtp)
    {
        if (LastSenderReport == 0)
        {
            return null;
        }

        var rtt = unchecked(NtpTime.Middle32(arrivalNtp) - LastSenderReport - DelaySinceLastSenderReport);
        return rtt >= 0x8000_0000 ? null : NtpTime.FromShortUnits(rtt);
    }

    internal static RtcpReportBlock Read(ReadOnlySpan<byte> data)
    {
        // Cumulative lost is a 24-bit two's-complement number.
        var lost = (data[5] << 16) | (data[6] << 8) | data[7];
        if ((lost & 0x80_0000) != 0)
        {
            lost -= 0x100_0000;
        }

        return new RtcpReportBlock(
            BinaryPrimitives.ReadUInt32BigEndian(data),
            data[4],
            lost,
            BinaryPrimitives.ReadUInt32BigEndian(data[8..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[12..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[16..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[20..]));
    }

    internal void Write(Span<byte> data)
    {
        BinaryPrimitives.WriteUInt32BigEndian(data, Ssrc);
        var lost = Math.Clamp(CumulativeLost, -0x80_0000, 0x7F_FFFF) & 0xFF_FFFF;
        BinaryPrimitives.WriteUInt32BigEndian(data[4..], ((uint)FractionLost << 24) | (uint)lost);
        BinaryPrimitives.WriteUInt32BigEndian(data[8..], ExtendedHighestSequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(data[12..], Jitter);
        BinaryPrimitives.WriteUInt32BigEndian(data[16..], LastSenderReport);
        BinaryPrimitives.WriteUInt32BigEndian(data[20..], DelaySinceLastSenderReport);
    }
}
