// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using Kandy.Media.Srtp;

namespace Kandy.Media.Tests.Srtp;

[Trait("Category", "unit")]
public sealed class SrtpContextTests
{
    public static TheoryData<SrtpProfile> Profiles => new()
    {
        SrtpProfile.Aes128CmHmacSha1Tag80, SrtpProfile.Aes128CmHmacSha1Tag32, SrtpProfile.AeadAes128Gcm,
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void RtpWithCsrcsAndExtensionRoundTripsAndHidesThePayload(SrtpProfile profile)
    {
        using var pair = SrtpPair.Create(profile);
        var plain = SrtpPair.Rtp(sequence: 7, ssrc: 0x11223344, payloadLength: 100, csrcCount: 2, extensionWords: 2);
        var buffer = SrtpPair.WithRoom(plain);

        Assert.Equal(SrtpStatus.Ok, pair.Sender.ProtectRtp(buffer, plain.Length, out var length));
        Assert.Equal(plain.Length + SrtpProfileInfo.RtpOverhead(profile), length);
        Assert.Equal(plain.AsSpan(0, 32).ToArray(), buffer.AsSpan(0, 32).ToArray());
        Assert.NotEqual(plain.AsSpan(32).ToArray(), buffer.AsSpan(32, plain.Length - 32).ToArray());

        Assert.Equal(SrtpStatus.Ok, pair.Receiver.UnprotectRtp(buffer.AsSpan(0, length), out var plainLength));
        Assert.Equal(plain, buffer.AsSpan(0, plainLength).ToArray());
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void RtcpRoundTripsWithEncryptionFlagAndRisingIndex(SrtpProfile profile)
    {
        using var pair = SrtpPair.Create(profile);
        for (var i = 0; i < 3; i++)
        {
            var plain = SrtpPair.Rtcp(ssrc: 0xAABBCCDD, bodyLength: 40);
            var buffer = SrtpPair.WithRoom(plain);

            Assert.Equal(SrtpStatus.Ok, pair.Sender.ProtectRtcp(buffer, plain.Length, out var length));
            Assert.Equal(plain.Length + SrtpProfileInfo.RtcpOverhead(profile), length);
            var indexAt = profile == SrtpProfile.AeadAes128Gcm ? length - 4 : plain.Length;
            Assert.Equal(0x8000_0000u | (uint)i, BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan(indexAt)));

            Assert.Equal(SrtpStatus.Ok, pair.Receiver.UnprotectRtcp(buffer.AsSpan(0, length), out var plainLength));
            Assert.Equal(plain, buffer.AsSpan(0, plainLength).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void EveryAlteredByteIsRejected(SrtpProfile profile)
    {
        using var pair = SrtpPair.Create(profile);
        var plain = SrtpPair.Rtp(sequence: 1, ssrc: 5, payloadLength: 20);
        var buffer = SrtpPair.WithRoom(plain);
        pair.Sender.ProtectRtp(buffer, plain.Length, out var length);
        var rtcp = SrtpPair.Rtcp(ssrc: 5, bodyLength: 12);
        var rtcpBuffer = SrtpPair.WithRoom(rtcp);
        pair.Sender.ProtectRtcp(rtcpBuffer, rtcp.Length, out var rtcpLength);

        for (var i = 0; i < length; i++)
        {
            var copy = buffer.AsSpan(0, length).ToArray();
            copy[i] ^= 0x01;
            var status = pair.Receiver.UnprotectRtp(copy, out _);
            Assert.True(status is SrtpStatus.AuthenticationFailed or SrtpStatus.Malformed, $"byte {i}: {status}");
        }

        for (var i = 0; i < rtcpLength; i++)
        {
            var copy = rtcpBuffer.AsSpan(0, rtcpLength).ToArray();
            copy[i] ^= 0x01;
            var status = pair.Receiver.UnprotectRtcp(copy, out _);
            Assert.True(status is SrtpStatus.AuthenticationFailed or SrtpStatus.Malformed, $"byte {i}: {status}");
        }

        Assert.Equal(SrtpStatus.Ok, pair.Receiver.UnprotectRtp(buffer.AsSpan(0, length), out _));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void ReplaysAndTooOldPacketsAreRejectedButReorderingIsNot(SrtpProfile profile)
    {
        using var pair = SrtpPair.Create(profile);
        var packets = Enumerable.Range(0, 1200).Select(seq => pair.Protect((ushort)seq)).ToArray();

        Assert.Equal(SrtpStatus.Ok, pair.Receive(packets[1100]));
        Assert.Equal(SrtpStatus.Replayed, pair.Receive(packets[1100]));
        Assert.Equal(SrtpStatus.Ok, pair.Receive(packets[200]));
        Assert.Equal(SrtpStatus.Replayed, pair.Receive(packets[200]));
        Assert.Equal(SrtpStatus.Ok, pair.Receive(packets[77]));
        Assert.Equal(SrtpStatus.Replayed, pair.Receive(packets[76]));
        Assert.Equal(SrtpStatus.Ok, pair.Receive(packets[1199]));
        Assert.Equal(SrtpStatus.Ok, pair.Receive(packets[1150]));
        Assert.Equal(SrtpStatus.Replayed, pair.Receive(packets[1100]));
        Assert.Equal(SrtpStatus.Replayed, pair.Receive(packets[175]));

        var rtcp = SrtpPair.Rtcp(1, 8);
        var buffer = SrtpPair.WithRoom(rtcp);
        pair.Sender.ProtectRtcp(buffer, rtcp.Length, out var length);
        Assert.Equal(SrtpStatus.Ok, pair.Receiver.UnprotectRtcp(buffer.AsSpan(0, length).ToArray(), out _));
        Assert.Equal(SrtpStatus.Replayed, pair.Receiver.UnprotectRtcp(buffer.AsSpan(0, length).ToArray(), out _));
    }

    [Fact]
    public void JumpPastTheWholeWindowForgetsWhatWasSeen()
    {
        using var pair = SrtpPair.Create(SrtpProfile.Aes128CmHmacSha1Tag80);
        var packets = Enumerable.Range(0, 3000).Select(seq => pair.Protect((ushort)seq)).ToArray();

        Assert.Equal(SrtpStatus.Ok, pair.Receive(packets[5]));
        Assert.Equal(SrtpStatus.Ok, pair.Receive(packets[2999]));
        Assert.Equal(SrtpStatus.Ok, pair.Receive(packets[2999 - 1024 + 1]));
        Assert.Equal(SrtpStatus.Replayed, pair.Receive(packets[2999 - 1024]));
        Assert.Equal(SrtpStatus.Replayed, pair.Receive(packets[2999]));
    }

    [Fact]
    public void ForgedPacketDoesNotMoveTheReplayWindow()
    {
        using var pair = SrtpPair.Create(SrtpProfile.Aes128CmHmacSha1Tag80);
        var genuine = pair.Protect(5);
        var forged = pair.Protect(1000);
        forged[^1] ^= 0xFF;

        Assert.Equal(SrtpStatus.AuthenticationFailed, pair.Receive(forged));
        Assert.Equal(SrtpStatus.Ok, pair.Receive(genuine));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void SequenceWrapAdvancesTheRolloverCounterOnBothSides(SrtpProfile profile)
    {
        using var pair = SrtpPair.Create(profile);
        foreach (var sequence in new ushort[] { 65000, 65535, 0, 1, 30000, 60000, 2 })
        {
            Assert.Equal(SrtpStatus.Ok, pair.Receive(pair.Protect(sequence)));
        }

        Assert.True(pair.Receiver.TryGetReceiveRolloverCounter(SrtpPair.Ssrc, out var roc));
        Assert.Equal(2u, roc);
    }

    [Fact]
    public void LatePacketFromBeforeTheWrapIsDecryptedWithThePreviousRolloverCounter()
    {
        using var pair = SrtpPair.Create(SrtpProfile.Aes128CmHmacSha1Tag80);
        var first = pair.Protect(65520);
        var beforeWrap = pair.Protect(65530);
        var afterWrap = pair.Protect(3);

        Assert.Equal(SrtpStatus.Ok, pair.Receive(first));
        Assert.Equal(SrtpStatus.Ok, pair.Receive(afterWrap));
        Assert.Equal(SrtpStatus.Ok, pair.Receive(beforeWrap));
        Assert.True(pair.Receiver.TryGetReceiveRolloverCounter(SrtpPair.Ssrc, out var roc));
        Assert.Equal(1u, roc);
    }

    [Fact]
    public void ProtectingTheSameIndexTwiceIsRefused()
    {
        using var pair = SrtpPair.Create(SrtpProfile.AeadAes128Gcm);
        pair.Protect(9);
        var plain = SrtpPair.Rtp(9, SrtpPair.Ssrc, 10);

        Assert.Equal(SrtpStatus.Replayed, pair.Sender.ProtectRtp(SrtpPair.WithRoom(plain), plain.Length, out _));
    }

    [Fact]
    public void StreamsAreKeptPerSsrc()
    {
        using var pair = SrtpPair.Create(SrtpProfile.Aes128CmHmacSha1Tag80);
        var first = SrtpPair.WithRoom(SrtpPair.Rtp(1, ssrc: 1, payloadLength: 4));
        var second = SrtpPair.WithRoom(SrtpPair.Rtp(1, ssrc: 2, payloadLength: 4));
        pair.Sender.ProtectRtp(first, 16, out var length);
        pair.Sender.ProtectRtp(second, 16, out _);

        Assert.Equal(SrtpStatus.Ok, pair.Receiver.UnprotectRtp(first.AsSpan(0, length), out _));
        Assert.Equal(SrtpStatus.Ok, pair.Receiver.UnprotectRtp(second.AsSpan(0, length), out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("80")]
    [InlineData("806F0001000000A0CAFEBA")]
    [InlineData("406F0001000000A0CAFEBABE00112233445566778899AABBCCDD")]
    public void MalformedInputIsReportedNotThrown(string hex)
    {
        using var pair = SrtpPair.Create(SrtpProfile.Aes128CmHmacSha1Tag80);
        var bytes = Convert.FromHexString(hex);

        Assert.Equal(SrtpStatus.Malformed, pair.Receiver.UnprotectRtp(bytes.ToArray(), out _));
        Assert.Equal(SrtpStatus.Malformed, pair.Receiver.UnprotectRtcp(bytes.ToArray(), out _));
        Assert.Equal(SrtpStatus.Malformed, pair.Sender.ProtectRtp(SrtpPair.WithRoom(bytes), bytes.Length, out _));
        Assert.Equal(SrtpStatus.Malformed, pair.Sender.ProtectRtcp(SrtpPair.WithRoom(bytes), bytes.Length, out _));
    }

    [Theory]
    [InlineData("8F6F0001000000A0CAFEBABE00112233445566778899AABBCCDD")]
    [InlineData("906F0001000000A0CAFEBABEBEDE00FF445566778899AABBCCDD")]
    public void RtpHeaderLongerThanThePacketIsMalformed(string hex)
    {
        using var pair = SrtpPair.Create(SrtpProfile.Aes128CmHmacSha1Tag80);
        var bytes = Convert.FromHexString(hex);

        Assert.Equal(SrtpStatus.Malformed, pair.Receiver.UnprotectRtp(bytes, out _));
        Assert.Equal(SrtpStatus.Malformed, pair.Sender.ProtectRtp(SrtpPair.WithRoom(bytes), bytes.Length, out _));
    }

    [Fact]
    public void FullBufferIsReportedAsTooSmall()
    {
        using var pair = SrtpPair.Create(SrtpProfile.Aes128CmHmacSha1Tag80);
        var plain = SrtpPair.Rtp(1, 1, 10);
        var rtcp = SrtpPair.Rtcp(1, 12);

        Assert.Equal(SrtpStatus.BufferTooSmall, pair.Sender.ProtectRtp(plain, plain.Length, out _));
        Assert.Equal(SrtpStatus.BufferTooSmall, pair.Sender.ProtectRtcp(rtcp, rtcp.Length, out _));
    }

    [Fact]
    public void WrongKeyLengthsThrowArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new SrtpContext(SrtpProfile.AeadAes128Gcm, new byte[16], new byte[14]));
        Assert.Throws<ArgumentException>(() => new SrtpContext(SrtpProfile.Aes128CmHmacSha1Tag80, new byte[15], new byte[14]));
    }

    [Fact]
    public void DifferentKeysFailAuthentication()
    {
        using var sender = new SrtpContext(SrtpProfile.Aes128CmHmacSha1Tag80, new byte[16], new byte[14]);
        using var receiver = new SrtpContext(SrtpProfile.Aes128CmHmacSha1Tag80, Enumerable.Repeat((byte)1, 16).ToArray(), new byte[14]);
        var buffer = SrtpPair.WithRoom(SrtpPair.Rtp(1, 1, 10));
        sender.ProtectRtp(buffer, 22, out var length);

        Assert.Equal(SrtpStatus.AuthenticationFailed, receiver.UnprotectRtp(buffer.AsSpan(0, length), out _));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void SteadyStateProtectAndUnprotectAllocateNothing(SrtpProfile profile)
    {
        using var pair = SrtpPair.Create(profile);
        var plain = SrtpPair.Rtp(0, SrtpPair.Ssrc, 160);
        var buffer = SrtpPair.WithRoom(plain);
        var rtcp = SrtpPair.Rtcp(SrtpPair.Ssrc, 40);
        var rtcpBuffer = SrtpPair.WithRoom(rtcp);
        void RoundTrip(ushort sequence)
        {
            plain.CopyTo(buffer, 0);
            BinaryPrimitives.WriteUInt16BigEndian(buffer.AsSpan(2), sequence);
            pair.Sender.ProtectRtp(buffer, plain.Length, out var length);
            pair.Receiver.UnprotectRtp(buffer.AsSpan(0, length), out _);
            rtcp.CopyTo(rtcpBuffer, 0);
            pair.Sender.ProtectRtcp(rtcpBuffer, rtcp.Length, out var rtcpLength);
            pair.Receiver.UnprotectRtcp(rtcpBuffer.AsSpan(0, rtcpLength), out _);
        }

        for (ushort i = 0; i < 10; i++)
        {
            RoundTrip(i);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (ushort i = 10; i < 1010; i++)
        {
            RoundTrip(i);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void SessionProtectsWithLocalKeysAndUnprotectsWithRemoteKeys()
    {
        var a = Enumerable.Range(0, 30).Select(i => (byte)i).ToArray();
        var b = Enumerable.Range(100, 30).Select(i => (byte)i).ToArray();
        using var left = new SrtpSession(SrtpProfile.Aes128CmHmacSha1Tag80, a.AsSpan(0, 16), a.AsSpan(16, 14), b.AsSpan(0, 16), b.AsSpan(16, 14));
        using var right = new SrtpSession(SrtpProfile.Aes128CmHmacSha1Tag80, b.AsSpan(0, 16), b.AsSpan(16, 14), a.AsSpan(0, 16), a.AsSpan(16, 14));
        var buffer = SrtpPair.WithRoom(SrtpPair.Rtp(1, 1, 10));
        left.ProtectRtp(buffer, 22, out var length);

        Assert.Equal(SrtpStatus.AuthenticationFailed, left.UnprotectRtp(buffer.AsSpan(0, length).ToArray(), out _));
        Assert.Equal(SrtpStatus.Ok, right.UnprotectRtp(buffer.AsSpan(0, length), out _));
    }
}
