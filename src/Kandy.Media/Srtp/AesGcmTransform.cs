// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Kandy.Media.Srtp;

/// <summary>AEAD_AES_128_GCM for SRTP and SRTCP (RFC 7714).</summary>
internal sealed class AesGcmTransform : SrtpTransform
{
    private const int TagLength = 16;

    private readonly AesGcm rtpAead;
    private readonly AesGcm rtcpAead;
    private readonly byte[] rtpSalt;
    private readonly byte[] rtcpSalt;
    private byte[] clearAad = new byte[256];

    internal AesGcmTransform(SrtpSessionKeys rtp, SrtpSessionKeys rtcp)
    {
        rtpAead = new AesGcm(rtp.EncryptionKey, TagLength);
        rtcpAead = new AesGcm(rtcp.EncryptionKey, TagLength);
        rtpSalt = rtp.Salt;
        rtcpSalt = rtcp.Salt;
    }

    /// <inheritdoc/>
    internal override int RtpTagLength => TagLength;

    /// <inheritdoc/>
    internal override int RtcpTrailerLength => TagLength + 4;

    /// <inheritdoc/>
    internal override void ProtectRtp(Span<byte> packet, int headerLength, int length, uint ssrc, ulong index)
    {
        Span<byte> nonce = stackalloc byte[12];
        RtpNonce(nonce, ssrc, index);
        var payload = packet[headerLength..length];
        rtpAead.Encrypt(nonce, payload, payload, packet.Slice(length, TagLength), packet[..headerLength]);
    }

    /// <inheritdoc/>
    internal override bool UnprotectRtp(Span<byte> packet, int headerLength, uint ssrc, ulong index)
    {
        Span<byte> nonce = stackalloc byte[12];
        RtpNonce(nonce, ssrc, index);
        var end = packet.Length - TagLength;
        var payload = packet[headerLength..end];
        return TryDecrypt(rtpAead, nonce, payload, packet[end..], packet[..headerLength]);
    }

    /// <inheritdoc/>
    internal override void ProtectRtcp(Span<byte> packet, int length, uint ssrc, uint index)
    {
        Span<byte> nonce = stackalloc byte[12];
        RtcpNonce(nonce, ssrc, index);

        // RFC 7714 §9.3: the AAD is the first 8 bytes followed by the E flag and index word.
        Span<byte> aad = stackalloc byte[12];
        packet[..8].CopyTo(aad);
        BinaryPrimitives.WriteUInt32BigEndian(aad[8..], 0x8000_0000 | index);
        var body = packet[8..length];
        rtcpAead.Encrypt(nonce, body, body, packet.Slice(length, TagLength), aad);
        aad[8..].CopyTo(packet[(length + TagLength)..]);
    }

    /// <inheritdoc/>
    internal override uint ReadRtcpIndexWord(ReadOnlySpan<byte> packet) => BinaryPrimitives.ReadUInt32BigEndian(packet[^4..]);

    /// <inheritdoc/>
    internal override bool UnprotectRtcp(Span<byte> packet, uint ssrc, uint index, bool encrypted)
    {
        Span<byte> nonce = stackalloc byte[12];
        RtcpNonce(nonce, ssrc, index);
        var tagStart = packet.Length - RtcpTrailerLength;
        var tag = packet.Slice(tagStart, TagLength);
        var indexWord = packet[^4..];
        if (encrypted)
        {
            Span<byte> aad = stackalloc byte[12];
            packet[..8].CopyTo(aad);
            indexWord.CopyTo(aad[8..]);
            return TryDecrypt(rtcpAead, nonce, packet[8..tagStart], tag, aad);
        }

        // Without encryption the whole packet is associated data (RFC 7714 §9.3), which must be contiguous.
        var aadLength = tagStart + 4;
        if (clearAad.Length < aadLength)
        {
            clearAad = new byte[aadLength];
        }

        packet[..tagStart].CopyTo(clearAad);
        indexWord.CopyTo(clearAad.AsSpan(tagStart));
        return TryDecrypt(rtcpAead, nonce, Span<byte>.Empty, tag, clearAad.AsSpan(0, aadLength));
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        rtpAead.Dispose();
        rtcpAead.Dispose();
    }

    private static bool TryDecrypt(AesGcm aead, ReadOnlySpan<byte> nonce, Span<byte> data, ReadOnlySpan<byte> tag, ReadOnlySpan<byte> aad)
    {
        try
        {
            aead.Decrypt(nonce, data, tag, data, aad);
            return true;
        }
        catch (CryptographicException)
        {
            // AesGcm reports a bad tag only by throwing; it has already zeroed the output.
            return false;
        }
    }

    /// <summary>RFC 7714 §8.1: (00 00 || SSRC || ROC || SEQ) XOR salt.</summary>
    private void RtpNonce(Span<byte> nonce, uint ssrc, ulong index)
    {
        nonce[..2].Clear();
        BinaryPrimitives.WriteUInt32BigEndian(nonce[2..], ssrc);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[6..], (uint)(index >> 16));
        BinaryPrimitives.WriteUInt16BigEndian(nonce[10..], (ushort)index);
        Mix(nonce, rtpSalt);
    }

    /// <summary>RFC 7714 §9.1: (00 00 || SSRC || 00 00 || 0 || SRTCP index) XOR salt.</summary>
    private void RtcpNonce(Span<byte> nonce, uint ssrc, uint index)
    {
        nonce[..2].Clear();
        BinaryPrimitives.WriteUInt32BigEndian(nonce[2..], ssrc);
        nonce[6..8].Clear();
        BinaryPrimitives.WriteUInt32BigEndian(nonce[8..], index & 0x7FFF_FFFF);
        Mix(nonce, rtcpSalt);
    }

    private static void Mix(Span<byte> nonce, ReadOnlySpan<byte> salt)
    {
        for (var i = 0; i < nonce.Length; i++)
        {
            nonce[i] ^= salt[i];
        }
    }
}
