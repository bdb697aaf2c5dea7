// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Kandy.Media.Dtls;

/// <summary>Settings of one <see cref="DtlsSrtpTransport"/>.</summary>
public sealed class DtlsSrtpTransportOptions
{
    /// <summary>Gets the profiles offered (client) or accepted (server), most preferred first.</summary>
    public static IReadOnlyList<DtlsSrtpProfile> DefaultSrtpProfiles { get; } =
        [DtlsSrtpProfile.Aes128CmHmacSha1Tag80, DtlsSrtpProfile.AeadAes128Gcm, DtlsSrtpProfile.Aes128CmHmacSha1Tag32];

    /// <summary>Gets or sets the DTLS role, from the negotiated <c>a=setup</c>.</summary>
    public DtlsRole Role { get; set; }

    /// <summary>Gets or sets this endpoint's certificate; <see langword="null"/> uses <see cref="DtlsCertificate.Default"/>.</summary>
    public DtlsCertificate? Certificate { get; set; }

    /// <summary>Gets or sets the fingerprints of the remote description; the peer's certificate must match one.</summary>
    public IReadOnlyList<DtlsFingerprint> RemoteFingerprints { get; set; } = [];

    /// <summary>Gets or sets the SRTP profiles to negotiate, most preferred first.</summary>
    /// <remarks>As server, the first profile of this list that the client offers wins (RFC 5764 §4.1.1).</remarks>
    public IReadOnlyList<DtlsSrtpProfile> SrtpProfiles { get; set; } = DefaultSrtpProfiles;

    /// <summary>Gets or sets how long the handshake may take, retransmissions included.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets or sets the logger factory; <see langword="null"/> logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
