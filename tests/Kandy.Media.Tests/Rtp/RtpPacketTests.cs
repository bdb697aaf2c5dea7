// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Rtp;

namespace Kandy.Media.Tests.Rtp;

[Trait("Category", "unit")]
public sealed class RtpPacketTests
{
    // Chromium-style Opus packet: one-byte extensions (audio level id 1, abs-send-time id 2, mid id 4).
    private const string ChromiumOpus =
        "906F1A2B0001E24011223344" + "BEDE0003" + "1080" + "22ABCDEF" + "4030" + "00000000" + "FCFFFE";

    [Fact]
    public void ChromiumPacketWithOneByteExtensionsParsesAndRoundTrips()
    {
        var bytes = Convert.FromHexString(ChromiumOpus);

        Assert.True(RtpPacket.TryParse(bytes, out var packet));

        Assert.Equal((false, (byte)111, (ushort)0x1A2B, 0x0001E240u, 0x11223344u), (packet.Marker, packet.PayloadType, packet.SequenceNumber, packet.Timestamp, packet.Ssrc));
        Assert.Equal(RtpHeaderExtensions.OneByteProfile, packet.ExtensionProfile);
        var extensions = packet.GetExtensions();
        Assert.Equal([1, 2, 4], extensions.Select(e => e.Id));
        Assert.Equal("80", Convert.ToHexString(extensions[0].Data.Span));
        Assert.Equal("ABCDEF", Convert.ToHexString(extensions[1].Data.Span));
        Assert.Equal("30", Convert.ToHexString(extensions[2].Data.Span));
        Assert.Equal("FCFFFE", Convert.ToHexString(packet.Payload.Span));
        Assert.Equal(bytes, packet.ToArray());
    }

    [Fact]
    public void TwoByteExtensionsAndCsrcsAndPaddingRoundTrip()
    {
        var packet = new RtpPacket { Marker = true, PayloadType = 96, SequenceNumber = 65535, Timestamp = uint.MaxValue, Ssrc = 7, PaddingLength = 4 };
        packet.Csrcs = [1, 2];
        packet.Payload = new byte[] { 1, 2, 3 };
        packet.SetExtensions([new RtpHeaderExtension(20, new byte[] { 9 }), new RtpHeaderExtension(3, ReadOnlyMemory<byte>.Empty)]);

        var bytes = packet.ToArray();

        Assert.Equal(0xB2, bytes[0]);
        Assert.True(RtpPacket.TryParse(bytes, out var parsed));
        Assert.Equal(RtpHeaderExtensions.TwoByteProfile, parsed.ExtensionProfile);
        Assert.Equal([20, 3], parsed.GetExtensions().Select(e => e.Id));
        Assert.Equal(0, parsed.GetExtensions()[1].Data.Length);
        Assert.Equal([1u, 2u], parsed.Csrcs);
        Assert.Equal(4, parsed.PaddingLength);
        Assert.Equal(new byte[] { 1, 2, 3 }, parsed.Payload.ToArray());
        Assert.Equal(bytes, parsed.ToArray());
    }

    [Fact]
    public void OneByteFormIsChosenOnlyWhenEveryElementFitsIt()
    {
        Assert.Equal(RtpHeaderExtensions.OneByteProfile, RtpHeaderExtensions.ChooseProfile([new(14, new byte[16])]));
        Assert.Equal(RtpHeaderExtensions.TwoByteProfile, RtpHeaderExtensions.ChooseProfile([new(15, new byte[1])]));
        Assert.Equal(RtpHeaderExtensions.TwoByteProfile, RtpHeaderExtensions.ChooseProfile([new(1, new byte[17])]));
        Assert.Equal(RtpHeaderExtensions.TwoByteProfile, RtpHeaderExtensions.ChooseProfile([new(1, ReadOnlyMemory<byte>.Empty)]));
    }

    [Fact]
    public void OneByteParsingStopsAtIdFifteenAndSkipsPadding()
    {
        Assert.True(RtpHeaderExtensions.TryParse(RtpHeaderExtensions.OneByteProfile, Convert.FromHexString("00100AF0FF"), out var list));

        Assert.Equal("0A", Convert.ToHexString(Assert.Single(list).Data.Span));
    }

    [Theory]
    [InlineData(RtpHeaderExtensions.OneByteProfile, "13AABB")]
    [InlineData(RtpHeaderExtensions.TwoByteProfile, "0105AA")]
    [InlineData(RtpHeaderExtensions.TwoByteProfile, "01")]
    [InlineData((ushort)0x1234, "10AA0000")]
    public void TruncatedOrForeignExtensionsAreRefused(ushort profile, string hex) =>
        Assert.False(RtpHeaderExtensions.TryParse(profile, Convert.FromHexString(hex), out _));

    [Fact]
    public void WritingAnElementTheFormCannotHoldThrows()
    {
        var buffer = new byte[64];

        Assert.Throws<ArgumentException>(() => RtpHeaderExtensions.Write(RtpHeaderExtensions.OneByteProfile, [new(15, new byte[1])], buffer));
        Assert.Throws<ArgumentException>(() => RtpHeaderExtensions.Write(RtpHeaderExtensions.TwoByteProfile, [new(0, new byte[1])], buffer));
        Assert.Throws<ArgumentException>(() => new RtpPacket { Payload = new byte[10] }.Write(new byte[12]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("80006F")]
    [InlineData("4000000100000001000000AA")]
    [InlineData("8100000100000001000000AA")]
    [InlineData("9000000100000001000000AABEDE00")]
    [InlineData("9000000100000001000000AABEDE0001")]
    [InlineData("A000000100000001000000AA00")]
    [InlineData("A000000100000001000000AA0105")]
    public void MalformedPacketsAreRefused(string hex)
    {
        Assert.False(RtpHeader.TryRead(Convert.FromHexString(hex), out _));
        Assert.False(RtpPacket.TryParse(Convert.FromHexString(hex), out _));
    }

    [Fact]
    public void HeaderLocatesPayloadWithoutPadding()
    {
        Assert.True(RtpHeader.TryRead(Convert.FromHexString("A00000010000000100000001" + "AABBCC" + "000002"), out var header));

        Assert.Equal((12, 4, 2), (header.HeaderLength, header.PayloadLength, header.PaddingLength));
    }

    [Theory]
    [InlineData(1, 0, true)]
    [InlineData(0, 65535, true)]
    [InlineData(65535, 0, false)]
    [InlineData(5, 5, false)]
    [InlineData(40000, 7000, false)]
    public void SequenceNumbersCompareAcrossTheWrap(int a, int b, bool newer)
    {
        Assert.Equal(newer, RtpSequenceNumber.IsNewer((ushort)a, (ushort)b));
        Assert.Equal(newer, RtpSequenceNumber.Distance((ushort)a, (ushort)b) > 0);
    }

    [Fact]
    public void TimestampsCompareAcrossTheWrap()
    {
        Assert.True(RtpSequenceNumber.IsNewerTimestamp(10, uint.MaxValue - 10));
        Assert.False(RtpSequenceNumber.IsNewerTimestamp(uint.MaxValue - 10, 10));
    }
}
