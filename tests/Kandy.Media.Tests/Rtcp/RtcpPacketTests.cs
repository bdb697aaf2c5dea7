// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Rtcp;
using Kandy.Media.Rtp;

namespace Kandy.Media.Tests.Rtcp;

[Trait("Category", "unit")]
public sealed class RtcpPacketTests
{
    // SR with one block + SDES CNAME, as Chromium sends them in one compound packet.
    private const string SenderReportWithSdes =
        "81C8000C" + "11223344" + "E9A1B2C3D4E5F607" + "0001E240" + "00000032" + "00001F40"
        + "55667788" + "05FFFFFE" + "0001002A" + "00000010" + "B2C3D4E5" + "00010000"
        + "81CA0006" + "11223344" + "0110" + "59713078573368443873467631" + "4B7054" + "0000";

    [Fact]
    public void SenderReportAndSourceDescriptionParseAndRoundTrip()
    {
        var bytes = Convert.FromHexString(SenderReportWithSdes);

        Assert.True(RtcpCompoundPacket.TryParse(bytes, out var packets));

        var sr = Assert.IsType<RtcpSenderReport>(packets[0]);
        Assert.Equal((0x11223344u, 0xE9A1B2C3D4E5F607UL, 0x1E240u, 50u, 8000u), (sr.Ssrc, sr.NtpTimestamp, sr.RtpTimestamp, sr.PacketCount, sr.OctetCount));
        var block = Assert.Single(sr.ReportBlocks);
        Assert.Equal(new RtcpReportBlock(0x55667788, 5, -2, 0x1002A, 16, 0xB2C3D4E5, 0x10000), block);
        var sdes = Assert.IsType<RtcpSourceDescription>(packets[1]);
        Assert.Equal("Yq0xW3hD8sFv1KpT", Assert.Single(sdes.Chunks).CanonicalName);
        var written = new byte[RtcpCompoundPacket.GetLength(packets)];
        RtcpCompoundPacket.Write(packets, written);
        Assert.Equal(bytes, written);
    }

    [Fact]
    public void ReceiverReportByeNackPliAndUnknownRoundTrip()
    {
        var rr = new RtcpReceiverReport { Ssrc = 1 };
        rr.ReportBlocks.Add(new RtcpReportBlock(2, 0, 0x7F_FFFF, 3, 4, 5, 6));
        var bye = new RtcpGoodbye { Reason = "hang up" };
        bye.Ssrcs.Add(1);
        var nack = RtcpNack.Create(1, 2, [100, 101, 116, 117, 200]);
        var pli = new RtcpPictureLossIndication { SenderSsrc = 1, MediaSsrc = 2 };
        var remb = new RtcpUnknownPacket(RtcpPacketType.PayloadFeedback, 15, Convert.FromHexString("000000010000000052454D42010A1F4011223344"));
        RtcpPacket[] packets = [rr, nack, pli, remb, bye];
        var bytes = new byte[RtcpCompoundPacket.GetLength(packets)];
        RtcpCompoundPacket.Write(packets, bytes);

        Assert.True(RtcpCompoundPacket.TryParse(bytes, out var parsed));

        Assert.Equal([RtcpPacketType.ReceiverReport, RtcpPacketType.TransportFeedback, RtcpPacketType.PayloadFeedback, RtcpPacketType.PayloadFeedback, RtcpPacketType.Goodbye], parsed.Select(p => p.PacketType));
        Assert.Equal(0x7F_FFFF, ((RtcpReceiverReport)parsed[0]).ReportBlocks[0].CumulativeLost);
        Assert.Equal([(ushort)100, (ushort)101, (ushort)116, (ushort)117, (ushort)200], ((RtcpNack)parsed[1]).GetLostSequenceNumbers());
        Assert.Equal(3, ((RtcpNack)parsed[1]).Entries.Count);
        Assert.Equal(2u, ((RtcpPictureLossIndication)parsed[2]).MediaSsrc);
        Assert.Equal(15, ((RtcpUnknownPacket)parsed[3]).Count);
        Assert.Equal("hang up", ((RtcpGoodbye)parsed[4]).Reason);
        var again = new byte[bytes.Length];
        RtcpCompoundPacket.Write(parsed, again);
        Assert.Equal(bytes, again);
    }

    [Fact]
    public void NackAcrossTheSequenceWrapPacksIntoOneEntry()
    {
        var nack = RtcpNack.Create(1, 2, [65535, 0, 3]);

        var entry = Assert.Single(nack.Entries);
        Assert.Equal((ushort)65535, entry.PacketId);
        Assert.Equal([(ushort)65535, (ushort)0, (ushort)3], nack.GetLostSequenceNumbers());
    }

    [Fact]
    public void PaddedLastPacketIsAccepted()
    {
        var bytes = Convert.FromHexString("A1CB0002" + "00000001" + "00000004");

        Assert.True(RtcpCompoundPacket.TryParse(bytes, out var packets));

        Assert.Equal(1u, Assert.IsType<RtcpGoodbye>(Assert.Single(packets)).Ssrcs.Single());
    }

    [Theory]
    [InlineData("")]
    [InlineData("81C9")]
    [InlineData("41C9000100000001")]
    [InlineData("81C9000200000001")]
    [InlineData("81C9000100000001" + "00")]
    [InlineData("81C800010000000100000002")]
    [InlineData("A1CB0001000000010" + "0000000")]
    [InlineData("A1CB000100000001" + "81C9000000000001")]
    [InlineData("81CA000200000001" + "01050000")]
    [InlineData("81CB0001" + "00000001" + "00000000" + "81CB0002000000010A000000")]
    [InlineData("81CD0001" + "00000001")]
    [InlineData("81CE0003" + "000000010000000200000003")]
    public void MalformedCompoundsAreRefused(string hex) =>
        Assert.False(RtcpCompoundPacket.TryParse(Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0"), out _));

    [Fact]
    public void RoundTripTimeIsArrivalMinusLsrMinusDlsr()
    {
        var sentAt = NtpTime.FromDateTimeOffset(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var arrival = NtpTime.FromDateTimeOffset(new DateTimeOffset(2026, 11, 25, 10, 0, 0, 350, TimeSpan.Zero));
        var block = new RtcpReportBlock(1, 0, 0, 0, 0, NtpTime.Middle32(sentAt), NtpTime.ToShortUnits(TimeSpan.FromMilliseconds(300)));

        var rtt = block.RoundTripTime(arrival);

        Assert.NotNull(rtt);
        Assert.InRange(rtt.Value.TotalMilliseconds, 49.9, 50.1);
        Assert.Null((block with { LastSenderReport = 0 }).RoundTripTime(arrival));
        Assert.Null((block with { DelaySinceLastSenderReport = NtpTime.ToShortUnits(TimeSpan.FromMilliseconds(400)) }).RoundTripTime(arrival));
    }

    [Fact]
    public void ReportBlockIsBuiltFromReceiveStatistics()
    {
        var stats = new RtpReceiveStatistics(8000);
        stats.Update(1, 0, TimeSpan.Zero);
        stats.Update(3, 320, TimeSpan.FromMilliseconds(40));
        const ulong lastSr = 0x0000_1234_5678_0000;

        var block = RtcpReportBlock.FromStatistics(9, stats, lastSr, TimeSpan.FromSeconds(1));

        Assert.Equal(new RtcpReportBlock(9, 256 / 3, 1, 3, 0, 0x1234_5678, 65536), block);
        Assert.Equal(0u, RtcpReportBlock.FromStatistics(9, stats, null, TimeSpan.FromSeconds(1)).LastSenderReport);
    }

    [Fact]
    public void NtpTimeOfTheUnixEpochIsKnown()
    {
        Assert.Equal(2208988800UL << 32, NtpTime.FromDateTimeOffset(DateTimeOffset.UnixEpoch));
        Assert.Equal(TimeSpan.FromSeconds(1), NtpTime.FromShortUnits(65536));
    }
}
