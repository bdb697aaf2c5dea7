// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Srtp;

/// <summary>The cipher and authentication of one profile, applied to a packet whose index is already known.</summary>
/// <remarks>Index estimation and replay checks stay in <see cref="SrtpContext"/>; a transform only does cryptography.</remarks>
internal abstract class SrtpTransform : IDisposable
{
    /// <summary>Gets the number of bytes appended to an SRTP packet.</summary>
    internal abstract int RtpTagLength { get; }

    /// <summary>Gets the number of bytes appended to an SRTCP packet (index and tag).</summary>
    internal abstract int RtcpTrailerLength { get; }

    /// <summary>Encrypts the payload in place and appends the tag at <paramref name="length"/>.</summary>
    internal abstract void ProtectRtp(Span<byte> packet, int headerLength, int length, uint ssrc, ulong index);

    /// <summary>Verifies the tag that ends <paramref name="packet"/> and decrypts the payload in place.</summary>
    /// <returns>False when the tag does not verify; the packet is then unchanged.</returns>
    internal abstract bool UnprotectRtp(Span<byte> packet, int headerLength, uint ssrc, ulong index);

    /// <summary>Encrypts everything after the first 8 bytes and appends E flag, index and tag in the profile's order.</summary>
    internal abstract void ProtectRtcp(Span<byte> packet, int length, uint ssrc, uint index);

    /// <summary>Verifies and (when <paramref name="encrypted"/>) decrypts an SRTCP packet whose trailer was already read.</summary>
    internal abstract bool UnprotectRtcp(Span<byte> packet, uint ssrc, uint index, bool encrypted);

    /// <summary>Reads the E flag and SRTCP index word of a protected SRTCP packet.</summary>
    internal abstract uint ReadRtcpIndexWord(ReadOnlySpan<byte> packet);

    /// <inheritdoc/>
    public abstract void Dispose();
}
