// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using FsCheck.Xunit;
using Kandy.Media.Rtp;

namespace Kandy.Media.Tests.Rtp;

[Trait("Category", "unit")]
public sealed class RtpPropertyTests
{
    [Property(MaxTest = 500)]
    public bool ArbitraryBytesNeverThrowAndWhatParsesIsStable(byte[] bytes)
    {
        _ = RtpHeaderExtensions.TryParse(RtpHeaderExtensions.OneByteProfile, bytes, out _);
        _ = RtpHeaderExtensions.TryParse(RtpHeaderExtensions.TwoByteProfile, bytes, out _);
        if (!RtpPacket.TryParse(bytes, out var packet))
        {
            return !RtpHeader.TryRead(bytes, out _);
        }

        _ = packet.GetExtensions();
        var written = packet.ToArray();
        return RtpPacket.TryParse(written, out var again) && again.ToArray().AsSpan().SequenceEqual(written);
    }

    [Property(MaxTest = 300)]
    public bool ValidPacketsRoundTrip(bool marker, byte payloadType, ushort sequence, uint timestamp, uint ssrc, uint[] csrcs, byte[] payload, byte padding, byte[][] extensionData, bool twoByte)
    {
        var packet = new RtpPacket
        {
            Marker = marker,
            PayloadType = (byte)(payloadType & 0x7F),
            SequenceNumber = sequence,
            Timestamp = timestamp,
            Ssrc = ssrc,
            Csrcs = csrcs.Take(15).ToArray(),
            Payload = payload,
            PaddingLength = padding,
        };
        var extensions = extensionData.Take(20)
            .Select((data, i) => new RtpHeaderExtension(i + 1, twoByte ? data.Take(255).ToArray() : data.Take(16).DefaultIfEmpty((byte)1).ToArray()))
            .Where(e => twoByte || e.Id <= 14)
            .ToList();
        packet.SetExtensions(extensions, twoByte);

        var bytes = packet.ToArray();

        return RtpPacket.TryParse(bytes, out var parsed)
            && parsed.ToArray().AsSpan().SequenceEqual(bytes)
            && parsed.GetExtensions().Select(e => (e.Id, Convert.ToHexString(e.Data.Span))).SequenceEqual(extensions.Select(e => (e.Id, Convert.ToHexString(e.Data.Span))))
            && parsed.Payload.Span.SequenceEqual(payload);
    }
}
