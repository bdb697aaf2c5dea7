// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Security.Cryptography;
using Kandy.Media.Srtp;

namespace Kandy.Media.Tests.Srtp;

/// <summary>Known-answer tests: RFC 3711 Appendix B, RFC 7714 §16–17, and the libsrtp2-checked reference packet.</summary>
[Trait("Category", "unit")]
public sealed class SrtpVectorTests
{
    private static readonly byte[] ReferenceKey = Convert.FromHexString("000102030405060708090A0B0C0D0E0F");
    private static readonly byte[] ReferenceSalt = Convert.FromHexString("101112131415161718191A1B1C1D");

    [Fact]
    public void KeyDerivationMatchesRfc3711AppendixB3()
    {
        var (rtp, _) = SrtpKeyDerivation.DeriveSessionKeys(
            SrtpProfile.Aes128CmHmacSha1Tag80,
            Convert.FromHexString("E1F97A0D3E018BE0D64FA32C06DE4139"),
            Convert.FromHexString("0EC675AD498AFEEBB6960B3AABE6"));

        Assert.Equal("C61E7A93744F39EE10734AFE3FF7A087", Convert.ToHexString(rtp.EncryptionKey));
        Assert.Equal("30CBBC08863D8C85D49DB34A9AE1", Convert.ToHexString(rtp.Salt));
        Assert.Equal("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4", Convert.ToHexString(rtp.AuthenticationKey));
    }

    [Fact]
    public void CounterModeKeystreamMatchesRfc3711AppendixB2()
    {
        using var keystream = new AesCounterKeystream(
            Convert.FromHexString("2B7E151628AED2A6ABF7158809CF4F3C"),
            Convert.FromHexString("F0F1F2F3F4F5F6F7F8F9FAFBFCFD"));
        var zeros = new byte[48];

        keystream.Apply(zeros, ssrc: 0, index: 0);

        Assert.Equal(
            "E03EAD0935C95E80E166B16DD92B4EB4" + "D23513162B02D0F72A43A2FE4A5F97AB" + "41E95B3BB0A2E8DD477901E4FCA894C0",
            Convert.ToHexString(zeros));
    }

    [Fact]
    public void ReferencePacketProtectsWithCm80AsLibsrtpDoes()
    {
        using var context = new SrtpContext(SrtpProfile.Aes128CmHmacSha1Tag80, ReferenceKey, ReferenceSalt);
        var buffer = ReferencePacket(extra: 10);

        Assert.Equal(SrtpStatus.Ok, context.ProtectRtp(buffer, 172, out var length));

        Assert.Equal(182, length);
        var hex = Convert.ToHexString(buffer, 0, length);
        Assert.StartsWith("806F0001000000A0CAFEBABE8636D91284D7F545", hex, StringComparison.Ordinal);
        Assert.EndsWith("589DAC", hex, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencePacketProtectsWithGcmAsLibsrtpDoes()
    {
        using var context = new SrtpContext(SrtpProfile.AeadAes128Gcm, ReferenceKey, ReferenceSalt.AsSpan(0, 12));
        var buffer = ReferencePacket(extra: 16);

        Assert.Equal(SrtpStatus.Ok, context.ProtectRtp(buffer, 172, out var length));

        Assert.Equal(188, length);
        var hex = Convert.ToHexString(buffer, 0, length);
        Assert.StartsWith("806F0001000000A0CAFEBABE67818C804B4F1CBC", hex, StringComparison.Ordinal);
        Assert.EndsWith("3800", hex, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SrtpProfile.Aes128CmHmacSha1Tag80)]
    [InlineData(SrtpProfile.AeadAes128Gcm)]
    public void ReferencePacketUnprotectsToTheOriginal(SrtpProfile profile)
    {
        var salt = ReferenceSalt.AsSpan(0, SrtpProfileInfo.MasterSaltLength(profile));
        using var sender = new SrtpContext(profile, ReferenceKey, salt);
        using var receiver = new SrtpContext(profile, ReferenceKey, salt);
        var buffer = ReferencePacket(extra: 16);
        sender.ProtectRtp(buffer, 172, out var length);

        Assert.Equal(SrtpStatus.Ok, receiver.UnprotectRtp(buffer.AsSpan(0, length), out var plainLength));

        Assert.Equal(172, plainLength);
        Assert.Equal(ReferencePacket(0), buffer.AsSpan(0, plainLength).ToArray());
    }

    [Fact]
    public void GcmRtpMatchesRfc7714Section16()
    {
        var plain = Convert.FromHexString(
            "8040F17B8041F8D35501A0B2" + "47616C6C696120657374206F6D6E697320646976697361" + "20696E207061727465732074726573");
        const string expected =
            "8040F17B8041F8D35501A0B2" + "F24DE3A3FB34DE6CACBA861C9D7E4BCABE633BD50D294E6F42A5F47A51C7D19B36DE3ADF8833"
            + "899D7F27BEB16A9152CF765EE4390CCE";
        using var sender = Rfc7714Context();
        using var receiver = Rfc7714Context();
        var buffer = new byte[plain.Length + 16];
        plain.CopyTo(buffer, 0);

        Assert.Equal(SrtpStatus.Ok, sender.ProtectRtp(buffer, plain.Length, out var length));
        Assert.Equal(expected, Convert.ToHexString(buffer, 0, length));

        Assert.Equal(SrtpStatus.Ok, receiver.UnprotectRtp(buffer.AsSpan(0, length), out var plainLength));
        Assert.Equal(plain, buffer.AsSpan(0, plainLength).ToArray());
    }

    [Fact]
    public void GcmRtcpMatchesRfc7714Section17()
    {
        var plain = Convert.FromHexString(Rfc7714Rtcp);
        const string expected =
            "81C8000D4D61727363E94885DCDAB67CA727D7662F6B7E997FF5C0F76C06F32DC676A5F1730D6FDA4CE09B4686303DED"
            + "0BB9275BC84AA45896CF4D2FC5ABF87245D9EADE800005D4";
        var (rtp, rtcp) = Rfc7714Keys();
        using var transform = new AesGcmTransform(rtp, rtcp);
        var buffer = new byte[plain.Length + 20];
        plain.CopyTo(buffer, 0);

        transform.ProtectRtcp(buffer, plain.Length, 0x4D617273, 0x5D4);
        Assert.Equal(expected, Convert.ToHexString(buffer));

        using var receiver = Rfc7714Context();
        Assert.Equal(SrtpStatus.Ok, receiver.UnprotectRtcp(buffer, out var plainLength));
        Assert.Equal(plain, buffer.AsSpan(0, plainLength).ToArray());
    }

    [Fact]
    public void GcmRtcpWithoutEncryptionFlagVerifiesRfc7714Section17Point3()
    {
        var packet = Convert.FromHexString(Rfc7714Rtcp + "841DD9683DD78EC92AE58790125F62B3" + "000005D4");
        using var receiver = Rfc7714Context();

        Assert.Equal(SrtpStatus.Ok, receiver.UnprotectRtcp(packet, out var length));

        Assert.Equal(Rfc7714Rtcp, Convert.ToHexString(packet, 0, length));
        packet[10] ^= 1;
        using var second = Rfc7714Context();
        Assert.Equal(SrtpStatus.AuthenticationFailed, second.UnprotectRtcp(packet, out _));
    }

    [Fact]
    public void CounterModeRtcpWithoutEncryptionFlagIsAuthenticatedAndLeftClear()
    {
        var (_, rtcpKeys) = SrtpKeyDerivation.DeriveSessionKeys(SrtpProfile.Aes128CmHmacSha1Tag80, ReferenceKey, ReferenceSalt);
        var rtcp = Convert.FromHexString(Rfc7714Rtcp);
        var packet = new byte[rtcp.Length + 14];
        rtcp.CopyTo(packet, 0);
        packet[rtcp.Length + 3] = 7;
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, rtcpKeys.AuthenticationKey);
        hmac.AppendData(packet.AsSpan(0, rtcp.Length + 4));
        var tag = hmac.GetHashAndReset();
        tag.AsSpan(0, 10).CopyTo(packet.AsSpan(rtcp.Length + 4));
        using var receiver = new SrtpContext(SrtpProfile.Aes128CmHmacSha1Tag80, ReferenceKey, ReferenceSalt);

        Assert.Equal(SrtpStatus.Ok, receiver.UnprotectRtcp(packet, out var length));

        Assert.Equal(rtcp, packet.AsSpan(0, length).ToArray());
    }

    private const string Rfc7714Rtcp =
        "81C8000D4D6172734E5450314E545032525450200000042A0000E9304C756E61DEADBEEFDEADBEEFDEADBEEFDEADBEEFDEADBEEF";

    private static (SrtpSessionKeys, SrtpSessionKeys) Rfc7714Keys()
    {
        // RFC 7714 §16–17 give the session key and salt directly, with no key derivation.
        var key = Convert.FromHexString("000102030405060708090A0B0C0D0E0F");
        var salt = Convert.FromHexString("517569642070726F2071756F");
        var keys = new SrtpSessionKeys(key, [], salt);
        return (keys, keys);
    }

    private static SrtpContext Rfc7714Context() => new(SrtpProfile.AeadAes128Gcm, Rfc7714Keys());

    private static byte[] ReferencePacket(int extra)
    {
        var packet = new byte[172 + extra];
        Convert.FromHexString("806F0001000000A0CAFEBABE").CopyTo(packet, 0);
        for (var i = 0; i < 160; i++)
        {
            packet[12 + i] = (byte)i;
        }

        return packet;
    }
}
