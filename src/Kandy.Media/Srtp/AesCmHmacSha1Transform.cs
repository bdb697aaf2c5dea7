// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Kandy.Media.Srtp;

/// <summary>AES-128 counter mode with HMAC-SHA1 (RFC 3711 §4.1.1, §4.2.1).</summary>
internal sealed class AesCmHmacSha1Transform : SrtpTransform
{
    private const int HmacLength = 20;
    private const int RtcpTagLength = 10;

    private readonly AesCounterKeystream rtpCipher;
    private readonly AesCounterKeystream rtcpCipher;
    private readonly IncrementalHash rtpHmac;
    private readonly IncrementalHash rtcpHmac;
    private readonly int rtpTagLength;

    internal AesCmHmacSha1Transform(SrtpSessionKeys rtp, SrtpSessionKeys rtcp, int rtpTagLength)
    {
        rtpCipher = new AesCounterKeystream(rtp.EncryptionKey, rtp.Salt);
        rtcpCipher = new AesCounterKeystream(rtcp.EncryptionKey, rtcp.Salt);
        rtpHmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, rtp.AuthenticationKey);
        rtcpHmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, rtcp.AuthenticationKey);
        this.rtpTagLength = rtpTagLength;
    }

    /// <inheritdoc/>
    internal override int RtpTagLength => rtpTagLength;

    /// <inheritdoc/>
    internal override int RtcpTrailerLength => 4 + RtcpTagLength;

    /// <inheritdoc/>
    internal override void ProtectRtp(Span<byte> packet, int headerLength, int length, uint ssrc, ulong index)
    {
        rtpCipher.Apply(packet[headerLength..length], ssrc, index);
        Span<byte> tag = stackalloc byte[HmacLength];
        RtpTag(packet[..length], (uint)(index >> 16), tag);
        tag[..rtpTagLength].CopyTo(packet[length..]);
    }

    /// <inheritdoc/>
    internal override bool UnprotectRtp(Span<byte> packet, int headerLength, uint ssrc, ulong index)
    {
        var end = packet.Length - rtpTagLength;
        Span<byte> tag = stackalloc byte[HmacLength];
        RtpTag(packet[..end], (uint)(index >> 16), tag);
        if (!CryptographicOperations.FixedTimeEquals(tag[..rtpTagLength], packet[end..]))
        {
            return false;
        }

        rtpCipher.Apply(packet[headerLength..end], ssrc, index);
        return true;
    }

    /// <inheritdoc/>
    internal override void ProtectRtcp(Span<byte> packet, int length, uint ssrc, uint index)
    {
        rtcpCipher.Apply(packet[8..length], ssrc, index);
        BinaryPrimitives.WriteUInt32BigEndian(packet[length..], 0x8000_0000 | index);
        Span<byte> tag = stackalloc byte[HmacLength];
        rtcpHmac.AppendData(packet[..(length + 4)]);
        rtcpHmac.TryGetHashAndReset(tag, out _);
        tag[..RtcpTagLength].CopyTo(packet[(length + 4)..]);
    }

    /// <inheritdoc/>
    internal override uint ReadRtcpIndexWord(ReadOnlySpan<byte> packet) =>
        BinaryPrimitives.ReadUInt32BigEndian(packet[^(4 + RtcpTagLength)..]);

    /// <inheritdoc/>
    internal override bool UnprotectRtcp(Span<byte> packet, uint ssrc, uint index, bool encrypted)
    {
        var authenticated = packet.Length - RtcpTagLength;
        Span<byte> tag = stackalloc byte[HmacLength];
        rtcpHmac.AppendData(packet[..authenticated]);
        rtcpHmac.TryGetHashAndReset(tag, out _);
        if (!CryptographicOperations.FixedTimeEquals(tag[..RtcpTagLength], packet[authenticated..]))
        {
            return false;
        }

        if (encrypted)
        {
            rtcpCipher.Apply(packet[8..(authenticated - 4)], ssrc, index);
        }

        return true;
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        rtpCipher.Dispose();
        rtcpCipher.Dispose();
        rtpHmac.Dispose();
        rtcpHmac.Dispose();
    }

    /// <summary>HMAC-SHA1 over the authenticated portion followed by the rollover counter (RFC 3711 §4.2).</summary>
    private void RtpTag(ReadOnlySpan<byte> authenticated, uint rolloverCounter, Span<byte> tag)
    {
        Span<byte> roc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(roc, rolloverCounter);
        rtpHmac.AppendData(authenticated);
        rtpHmac.AppendData(roc);
        rtpHmac.TryGetHashAndReset(tag, out _);
    }
}
