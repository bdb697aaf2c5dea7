// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using FsCheck.Xunit;
using Kandy.Media.Rtcp;

namespace Kandy.Media.Tests.Rtcp;

[Trait("Category", "unit")]
public sealed class RtcpPropertyTests
{
    [Property(MaxTest = 500)]
    public bool ArbitraryBytesNeverThrowAndWhatParsesWritesStably(byte[] bytes)
    {
        if (!RtcpCompoundPacket.TryParse(bytes, out var packets))
        {
            return true;
        }

        var written = new byte[RtcpCompoundPacket.GetLength(packets)];
        RtcpCompoundPacket.Write(packets, written);
        if (!RtcpCompoundPacket.TryParse(written, out var again))
        {
            return false;
        }

        var rewritten = new byte[RtcpCompoundPacket.GetLength(again)];
        RtcpCompoundPacket.Write(again, rewritten);
        return rewritten.AsSpan().SequenceEqual(written);
    }

    [Property(MaxTest = 300)]
    public bool ValidCompoundsRoundTrip(uint ssrc, ulong ntp, uint[] blockFields, string cname, ushort[] lost, string reason)
    {
        var sr = new RtcpSenderReport { Ssrc = ssrc, NtpTimestamp = ntp, RtpTimestamp = 1, PacketCount = 2, OctetCount = 3 };
        foreach (var field in blockFields.Take(31))
        {
            sr.ReportBlocks.Add(new RtcpReportBlock(field, (byte)field, (int)(field % 0x100_0000) - 0x80_0000, field, field, field, field));
        }

        var sdes = new RtcpSourceDescription();
        var text = new string((cname ?? string.Empty).Where(c => c < 128).Take(255).ToArray());
        sdes.Chunks.Add(new RtcpSourceDescriptionChunk(ssrc, [RtcpSourceDescriptionItem.FromText(RtcpSourceDescriptionItemType.CanonicalName, text)]));
        var bye = new RtcpGoodbye { Reason = new string((reason ?? string.Empty).Where(c => c < 128).Take(255).ToArray()) };
        bye.Ssrcs.Add(ssrc);
        RtcpPacket[] packets = [sr, sdes, RtcpNack.Create(ssrc, 1, lost), new RtcpPictureLossIndication { SenderSsrc = ssrc }, bye];
        var bytes = new byte[RtcpCompoundPacket.GetLength(packets)];
        RtcpCompoundPacket.Write(packets, bytes);

        if (!RtcpCompoundPacket.TryParse(bytes, out var parsed))
        {
            return false;
        }

        var again = new byte[bytes.Length];
        RtcpCompoundPacket.Write(parsed, again);
        return again.AsSpan().SequenceEqual(bytes)
            && ((RtcpSourceDescription)parsed[1]).Chunks[0].CanonicalName == text
            && ((RtcpNack)parsed[2]).GetLostSequenceNumbers().Distinct().Order().SequenceEqual(lost.Distinct().Order());
    }
}
