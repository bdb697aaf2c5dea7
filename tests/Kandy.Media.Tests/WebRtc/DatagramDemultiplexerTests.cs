// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.WebRtc;

namespace Kandy.Media.Tests.WebRtc;

[Trait("Category", "unit")]
public sealed class DatagramDemultiplexerTests
{
    [Theory]
    [InlineData(0x00, 0x01, 20, DatagramKind.Stun)]
    [InlineData(0x01, 0x01, 20, DatagramKind.Stun)]
    [InlineData(0x00, 0x01, 19, DatagramKind.Unknown)]
    [InlineData(22, 0xFE, 13, DatagramKind.Dtls)]
    [InlineData(20, 0xFE, 13, DatagramKind.Dtls)]
    [InlineData(63, 0xFE, 13, DatagramKind.Dtls)]
    [InlineData(0x80, 0x00, 12, DatagramKind.Rtp)]
    [InlineData(0x80, 0x6F, 12, DatagramKind.Rtp)]
    [InlineData(0x80, 0xEF, 12, DatagramKind.Rtp)]
    [InlineData(0x80, 200, 8, DatagramKind.Rtcp)]
    [InlineData(0x81, 201, 32, DatagramKind.Rtcp)]
    [InlineData(0x80, 0x00, 11, DatagramKind.Unknown)]
    [InlineData(16, 0, 40, DatagramKind.Unknown)]
    [InlineData(64, 0, 40, DatagramKind.Unknown)]
    [InlineData(0xC0, 0, 40, DatagramKind.Unknown)]
    [InlineData(0xFF, 0, 40, DatagramKind.Unknown)]
    public void ClassifiesByFirstAndSecondByte(byte first, byte second, int length, DatagramKind expected)
    {
        var datagram = new byte[length];
        datagram[0] = first;
        datagram[1] = second;

        Assert.Equal(expected, DatagramDemultiplexer.Classify(datagram));
    }

    [Fact]
    public void EmptyDatagramIsUnknown()
    {
        Assert.Equal(DatagramKind.Unknown, DatagramDemultiplexer.Classify([]));
    }
}
