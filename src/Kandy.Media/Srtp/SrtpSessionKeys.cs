// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Srtp;

/// <summary>The session keys of one direction of SRTP or SRTCP, derived from the master key and salt.</summary>
/// <param name="EncryptionKey">The cipher key k_e.</param>
/// <param name="AuthenticationKey">The HMAC key k_a (empty for GCM, which authenticates with k_e).</param>
/// <param name="Salt">The session salt k_s (14 bytes for counter mode, 12 for GCM).</param>
internal sealed record SrtpSessionKeys(byte[] EncryptionKey, byte[] AuthenticationKey, byte[] Salt)
{
    /// <inheritdoc/>
    public override string ToString() => "SRTP session keys";
}
