// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtls;

/// <summary>Key and salt sizes of each <see cref="DtlsSrtpProfile"/>.</summary>
public static class DtlsSrtpProfileExtensions
{
    /// <summary>Length in bytes of the SRTP master key of <paramref name="profile"/>.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>16 for every supported profile.</returns>
    public static int MasterKeyLength(this DtlsSrtpProfile profile) => profile switch
    {
        DtlsSrtpProfile.Aes128CmHmacSha1Tag80 or DtlsSrtpProfile.Aes128CmHmacSha1Tag32 or DtlsSrtpProfile.AeadAes128Gcm => 16,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Unknown SRTP protection profile."),
    };

    /// <summary>Length in bytes of the SRTP master salt of <paramref name="profile"/>.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>14 for the counter-mode profiles (RFC 3711), 12 for GCM (RFC 7714 §12).</returns>
    public static int MasterSaltLength(this DtlsSrtpProfile profile) => profile switch
    {
        DtlsSrtpProfile.Aes128CmHmacSha1Tag80 or DtlsSrtpProfile.Aes128CmHmacSha1Tag32 => 14,
        DtlsSrtpProfile.AeadAes128Gcm => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Unknown SRTP protection profile."),
    };
}
