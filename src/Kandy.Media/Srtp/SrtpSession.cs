// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Srtp;

/// <summary>Both directions of one SRTP association: protects with the local keys, unprotects with the remote keys.</summary>
/// <remarks>
/// With DTLS-SRTP (RFC 5764 §4.2) the local keys are the client's when this endpoint was the DTLS client,
/// the server's otherwise. Sending and receiving use separate contexts, so one thread may send while another
/// receives; each direction on its own is not thread-safe.
/// </remarks>
public sealed class SrtpSession : IDisposable
{
    /// <summary>Initializes a new instance of the <see cref="SrtpSession"/> class.</summary>
    /// <param name="profile">The negotiated protection profile.</param>
    /// <param name="localMasterKey">The master key this endpoint sends with.</param>
    /// <param name="localMasterSalt">The master salt this endpoint sends with.</param>
    /// <param name="remoteMasterKey">The master key the peer sends with.</param>
    /// <param name="remoteMasterSalt">The master salt the peer sends with.</param>
    public SrtpSession(
        SrtpProfile profile,
        ReadOnlySpan<byte> localMasterKey,
        ReadOnlySpan<byte> localMasterSalt,
        ReadOnlySpan<byte> remoteMasterKey,
        ReadOnlySpan<byte> remoteMasterSalt)
    {
        Outbound = new SrtpContext(profile, localMasterKey, localMasterSalt);
        Inbound = new SrtpContext(profile, remoteMasterKey, remoteMasterSalt);
    }

    /// <summary>Gets the context that protects outgoing packets.</summary>
    public SrtpContext Outbound { get; }

    /// <summary>Gets the context that unprotects incoming packets.</summary>
    public SrtpContext Inbound { get; }

    /// <summary>Gets the protection profile.</summary>
    public SrtpProfile Profile => Outbound.Profile;

    /// <inheritdoc cref="SrtpContext.ProtectRtp"/>
    public SrtpStatus ProtectRtp(Span<byte> buffer, int length, out int protectedLength) =>
        Outbound.ProtectRtp(buffer, length, out protectedLength);

    /// <inheritdoc cref="SrtpContext.ProtectRtcp"/>
    public SrtpStatus ProtectRtcp(Span<byte> buffer, int length, out int protectedLength) =>
        Outbound.ProtectRtcp(buffer, length, out protectedLength);

    /// <inheritdoc cref="SrtpContext.UnprotectRtp"/>
    public SrtpStatus UnprotectRtp(Span<byte> packet, out int length) => Inbound.UnprotectRtp(packet, out length);

    /// <inheritdoc cref="SrtpContext.UnprotectRtcp"/>
    public SrtpStatus UnprotectRtcp(Span<byte> packet, out int length) => Inbound.UnprotectRtcp(packet, out length);

    /// <inheritdoc/>
    public void Dispose()
    {
        Outbound.Dispose();
        Inbound.Dispose();
    }
}
