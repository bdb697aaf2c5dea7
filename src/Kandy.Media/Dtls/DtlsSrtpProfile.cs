// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtls;

/// <summary>SRTP protection profiles negotiated by the DTLS <c>use_srtp</c> extension.</summary>
/// <remarks>Values are the IANA "DTLS-SRTP Protection Profiles" code points (RFC 5764 §4.1.2, RFC 7714 §14.2).</remarks>
public enum DtlsSrtpProfile : ushort
{
    /// <summary>SRTP_AES128_CM_HMAC_SHA1_80: AES-128 counter mode, 80-bit HMAC-SHA1 tag.</summary>
    Aes128CmHmacSha1Tag80 = 0x0001,

    /// <summary>SRTP_AES128_CM_HMAC_SHA1_32: AES-128 counter mode, 32-bit HMAC-SHA1 tag on SRTP (80 on SRTCP).</summary>
    Aes128CmHmacSha1Tag32 = 0x0002,

    /// <summary>SRTP_AEAD_AES_128_GCM: AES-128 GCM with a 16-byte tag.</summary>
    AeadAes128Gcm = 0x0007,
}
