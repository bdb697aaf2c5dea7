// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Runtime.InteropServices;
using Kandy.Media.Srtp;

namespace Kandy.Media.Bench;

/// <summary>A libsrtp2 session for one direction, created from the same master key and salt as a Kandy context.</summary>
/// <remarks>Layouts follow Debian's libsrtp2 2.5.0 <c>srtp2/srtp.h</c> on LP64 (x86-64, arm64).</remarks>
internal sealed class LibSrtp : IDisposable
{
    private const int SsrcAnyOutbound = 3;
    private const int SsrcAnyInbound = 2;

    private static readonly Lazy<bool> Initialized = new(() => NativeMethods.srtp_init() == 0);

    private readonly IntPtr session;
    private readonly GCHandle keyHandle;

    internal LibSrtp(SrtpProfile profile, byte[] masterKeyAndSalt, bool outbound)
    {
        if (!Initialized.Value)
        {
            throw new InvalidOperationException("srtp_init failed.");
        }

        var policy = new NativeMethods.SrtpPolicy { SsrcType = outbound ? SsrcAnyOutbound : SsrcAnyInbound, WindowSize = 128 };
        switch (profile)
        {
            case SrtpProfile.Aes128CmHmacSha1Tag80:
                NativeMethods.srtp_crypto_policy_set_rtp_default(ref policy.Rtp);
                break;
            case SrtpProfile.Aes128CmHmacSha1Tag32:
                NativeMethods.srtp_crypto_policy_set_aes_cm_128_hmac_sha1_32(ref policy.Rtp);
                break;
            default:
                NativeMethods.srtp_crypto_policy_set_aes_gcm_128_16_auth(ref policy.Rtp);
                break;
        }

        if (profile == SrtpProfile.AeadAes128Gcm)
        {
            NativeMethods.srtp_crypto_policy_set_aes_gcm_128_16_auth(ref policy.Rtcp);
        }
        else
        {
            NativeMethods.srtp_crypto_policy_set_rtcp_default(ref policy.Rtcp);
        }

        keyHandle = GCHandle.Alloc(masterKeyAndSalt, GCHandleType.Pinned);
        policy.Key = keyHandle.AddrOfPinnedObject();
        var status = NativeMethods.srtp_create(out session, ref policy);
        if (status != 0)
        {
            keyHandle.Free();
            throw new InvalidOperationException($"srtp_create failed with status {status}.");
        }
    }

    /// <summary>Protects the RTP packet at the start of <paramref name="buffer"/> in place.</summary>
    internal int Protect(byte[] buffer, int offset, int length)
    {
        var status = NativeMethods.srtp_protect(session, ref buffer[offset], ref length);
        return status == 0 ? length : -status;
    }

    /// <summary>Unprotects the SRTP packet at the start of <paramref name="buffer"/> in place.</summary>
    internal int Unprotect(byte[] buffer, int offset, int length)
    {
        var status = NativeMethods.srtp_unprotect(session, ref buffer[offset], ref length);
        return status == 0 ? length : -status;
    }

    public void Dispose()
    {
        _ = NativeMethods.srtp_dealloc(session);
        keyHandle.Free();
    }
}
