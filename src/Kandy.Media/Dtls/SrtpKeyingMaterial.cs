// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtls;

/// <summary>The SRTP master keys and salts exported from a finished DTLS handshake.</summary>
/// <remarks>
/// RFC 5764 §4.2: the exporter output (label <c>EXTRACTOR-dtls_srtp</c>) is client key, server key,
/// client salt, server salt. The client protects what it sends with the client key; the server with the server key.
/// <see cref="ToString"/> never shows key material.
/// </remarks>
public sealed class SrtpKeyingMaterial
{
    private readonly byte[] material;

    internal SrtpKeyingMaterial(DtlsSrtpProfile profile, DtlsRole localRole, byte[] material)
    {
        var keyLength = profile.MasterKeyLength();
        var saltLength = profile.MasterSaltLength();
        if (material.Length != 2 * (keyLength + saltLength))
        {
            throw new ArgumentException("Keying material has the wrong length for the profile.", nameof(material));
        }

        Profile = profile;
        LocalRole = localRole;
        this.material = material;
        ClientMasterKey = material.AsMemory(0, keyLength);
        ServerMasterKey = material.AsMemory(keyLength, keyLength);
        ClientMasterSalt = material.AsMemory(2 * keyLength, saltLength);
        ServerMasterSalt = material.AsMemory((2 * keyLength) + saltLength, saltLength);
    }

    /// <summary>Gets the negotiated SRTP protection profile.</summary>
    public DtlsSrtpProfile Profile { get; }

    /// <summary>Gets the DTLS role this endpoint played.</summary>
    public DtlsRole LocalRole { get; }

    /// <summary>Gets the DTLS client's write master key.</summary>
    public ReadOnlyMemory<byte> ClientMasterKey { get; }

    /// <summary>Gets the DTLS server's write master key.</summary>
    public ReadOnlyMemory<byte> ServerMasterKey { get; }

    /// <summary>Gets the DTLS client's write master salt.</summary>
    public ReadOnlyMemory<byte> ClientMasterSalt { get; }

    /// <summary>Gets the DTLS server's write master salt.</summary>
    public ReadOnlyMemory<byte> ServerMasterSalt { get; }

    /// <summary>Gets the master key this endpoint protects outgoing packets with.</summary>
    public ReadOnlyMemory<byte> LocalMasterKey => LocalRole == DtlsRole.Client ? ClientMasterKey : ServerMasterKey;

    /// <summary>Gets the master salt this endpoint protects outgoing packets with.</summary>
    public ReadOnlyMemory<byte> LocalMasterSalt => LocalRole == DtlsRole.Client ? ClientMasterSalt : ServerMasterSalt;

    /// <summary>Gets the master key the peer protects its packets with.</summary>
    public ReadOnlyMemory<byte> RemoteMasterKey => LocalRole == DtlsRole.Client ? ServerMasterKey : ClientMasterKey;

    /// <summary>Gets the master salt the peer protects its packets with.</summary>
    public ReadOnlyMemory<byte> RemoteMasterSalt => LocalRole == DtlsRole.Client ? ServerMasterSalt : ClientMasterSalt;

    /// <summary>Gets the whole exporter output (for comparing both ends in tests).</summary>
    internal ReadOnlySpan<byte> Material => material;

    /// <inheritdoc/>
    public override string ToString() => $"{Profile} keying material ({LocalRole})";
}
