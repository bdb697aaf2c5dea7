// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Runtime.InteropServices;

namespace Kandy.Media.Bench;

/// <summary>The few libsrtp2 entry points the benchmark needs.</summary>
internal static class NativeMethods
{
    private const string Library = "libsrtp2.so.1";

    [DllImport(Library)]
    internal static extern int srtp_init();

    [DllImport(Library)]
    internal static extern int srtp_create(out IntPtr session, ref SrtpPolicy policy);

    [DllImport(Library)]
    internal static extern int srtp_dealloc(IntPtr session);

    [DllImport(Library)]
    internal static extern int srtp_protect(IntPtr session, ref byte header, ref int length);

    [DllImport(Library)]
    internal static extern int srtp_unprotect(IntPtr session, ref byte header, ref int length);

    [DllImport(Library)]
    internal static extern void srtp_crypto_policy_set_rtp_default(ref SrtpCryptoPolicy policy);

    [DllImport(Library)]
    internal static extern void srtp_crypto_policy_set_rtcp_default(ref SrtpCryptoPolicy policy);

    [DllImport(Library)]
    internal static extern void srtp_crypto_policy_set_aes_cm_128_hmac_sha1_32(ref SrtpCryptoPolicy policy);

    [DllImport(Library)]
    internal static extern void srtp_crypto_policy_set_aes_gcm_128_16_auth(ref SrtpCryptoPolicy policy);

    /// <summary><c>srtp_crypto_policy_t</c>: six 32-bit fields.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct SrtpCryptoPolicy
    {
        internal uint CipherType;
        internal int CipherKeyLength;
        internal uint AuthType;
        internal int AuthKeyLength;
        internal int AuthTagLength;
        internal int SecurityServices;
    }

    /// <summary><c>srtp_policy_t</c> of libsrtp 2.5 (128 bytes on LP64).</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct SrtpPolicy
    {
        internal int SsrcType;
        internal uint SsrcValue;
        internal SrtpCryptoPolicy Rtp;
        internal SrtpCryptoPolicy Rtcp;
        internal IntPtr Key;
        internal IntPtr Keys;
        internal nuint NumMasterKeys;
        internal IntPtr DeprecatedEkt;
        internal nuint WindowSize;
        internal int AllowRepeatTx;
        internal IntPtr EncryptedHeaderIds;
        internal int EncryptedHeaderIdCount;
        internal IntPtr Next;
    }
}
