// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Srtp;

/// <summary>Key, salt and tag sizes of each <see cref="SrtpProfile"/>.</summary>
public static class SrtpProfileInfo
{
    /// <summary>Gets the master key length in bytes.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>16 for every supported profile.</returns>
    public static int MasterKeyLength(SrtpProfile profile) => Check(profile, 16);

    /// <summary>Gets the master salt length in bytes.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>14 for counter mode (RFC 3711), 12 for GCM (RFC 7714 §12).</returns>
    public static int MasterSaltLength(SrtpProfile profile) => Check(profile, profile == SrtpProfile.AeadAes128Gcm ? 12 : 14);

    /// <summary>Gets how many bytes protecting an RTP packet appends.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The authentication tag length: 10, 4 or 16.</returns>
    public static int RtpOverhead(SrtpProfile profile) => Check(profile, profile switch
    {
        SrtpProfile.Aes128CmHmacSha1Tag32 => 4,
        SrtpProfile.AeadAes128Gcm => 16,
        _ => 10,
    });

    /// <summary>Gets how many bytes protecting an RTCP packet appends.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The 4-byte E flag and SRTCP index plus the tag: 14 for counter mode, 20 for GCM.</returns>
    public static int RtcpOverhead(SrtpProfile profile) => Check(profile, profile == SrtpProfile.AeadAes128Gcm ? 20 : 14);

    private static int Check(SrtpProfile profile, int value) => profile switch
    {
        SrtpProfile.Aes128CmHmacSha1Tag80 or SrtpProfile.Aes128CmHmacSha1Tag32 or SrtpProfile.AeadAes128Gcm => value,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Unsupported SRTP protection profile."),
    };
}
