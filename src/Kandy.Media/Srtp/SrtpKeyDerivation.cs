// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Security.Cryptography;

namespace Kandy.Media.Srtp;

/// <summary>The AES-CM pseudo-random function that turns a master key and salt into session keys.</summary>
/// <remarks>
/// RFC 3711 §4.3 with a key derivation rate of 0 (DTLS-SRTP never re-keys by index), so the packet index
/// takes no part. RFC 7714 §11 reuses the same function; its 12-byte master salt is zero-padded to 14 bytes.
/// </remarks>
internal static class SrtpKeyDerivation
{
    /// <summary>Labels of RFC 3711 §4.3.1 and §4.3.2.</summary>
    internal const byte RtpEncryptionLabel = 0, RtpAuthenticationLabel = 1, RtpSaltLabel = 2;

    /// <inheritdoc cref="RtpEncryptionLabel"/>
    internal const byte RtcpEncryptionLabel = 3, RtcpAuthenticationLabel = 4, RtcpSaltLabel = 5;

    private const int AuthenticationKeyLength = 20;

    /// <summary>Derives the SRTP and SRTCP session keys of one direction.</summary>
    internal static (SrtpSessionKeys Rtp, SrtpSessionKeys Rtcp) DeriveSessionKeys(
        SrtpProfile profile, ReadOnlySpan<byte> masterKey, ReadOnlySpan<byte> masterSalt)
    {
        var saltLength = SrtpProfileInfo.MasterSaltLength(profile);
        if (masterKey.Length != SrtpProfileInfo.MasterKeyLength(profile))
        {
            throw new ArgumentException("The master key length does not match the profile.", nameof(masterKey));
        }

        if (masterSalt.Length != saltLength)
        {
            throw new ArgumentException("The master salt length does not match the profile.", nameof(masterSalt));
        }

        var authLength = profile == SrtpProfile.AeadAes128Gcm ? 0 : AuthenticationKeyLength;
        var keyLength = masterKey.Length;
        var salt = masterSalt.ToArray();
        using var aes = Aes.Create();
        aes.Key = masterKey.ToArray();
        SrtpSessionKeys Keys(byte encryption, byte authentication, byte saltLabel) => new(
            Derive(aes, salt, encryption, keyLength),
            Derive(aes, salt, authentication, authLength),
            Derive(aes, salt, saltLabel, saltLength));
        return (Keys(RtpEncryptionLabel, RtpAuthenticationLabel, RtpSaltLabel),
                Keys(RtcpEncryptionLabel, RtcpAuthenticationLabel, RtcpSaltLabel));
    }

    /// <summary>Runs the PRF for one label and returns <paramref name="length"/> bytes of output.</summary>
    internal static byte[] Derive(Aes masterCipher, ReadOnlySpan<byte> masterSalt, byte label, int length)
    {
        var blocks = (length + 15) / 16;
        var counters = new byte[blocks * 16];
        for (var block = 0; block < blocks; block++)
        {
            var counter = counters.AsSpan(block * 16, 16);
            masterSalt.CopyTo(counter);

            // key_id = label || r (r = 0) sits right-aligned in the 112-bit salt, so the label meets byte 7.
            counter[7] ^= label;
            counter[14] = (byte)(block >> 8);
            counter[15] = (byte)block;
        }

        var output = masterCipher.EncryptEcb(counters, PaddingMode.None);
        return output.AsSpan(0, length).ToArray();
    }
}
