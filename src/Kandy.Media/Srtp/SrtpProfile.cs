// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Srtp;

/// <summary>The SRTP protection profiles this stack implements.</summary>
/// <remarks>
/// Values equal the IANA DTLS-SRTP protection profile code points (RFC 5764 §4.1.2, RFC 7714 §14.2),
/// so a negotiated <c>use_srtp</c> value converts with a cast.
/// </remarks>
public enum SrtpProfile : ushort
{
    /// <summary>AES-128 counter mode with an 80-bit HMAC-SHA1 tag (RFC 3711).</summary>
    Aes128CmHmacSha1Tag80 = 0x0001,

    /// <summary>AES-128 counter mode with a 32-bit HMAC-SHA1 tag on SRTP and an 80-bit tag on SRTCP (RFC 5764 §4.1.2).</summary>
    Aes128CmHmacSha1Tag32 = 0x0002,

    /// <summary>AES-128 in Galois/counter mode with a 16-byte tag (RFC 7714).</summary>
    AeadAes128Gcm = 0x0007,
}
