// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;

namespace Kandy.Media.Dtls;

/// <summary>A self-signed ECDSA P-256 certificate that authenticates this endpoint in DTLS-SRTP.</summary>
/// <remarks>
/// RFC 8827 §6.5: WebRTC endpoints use self-signed certificates and are authenticated by the fingerprint in SDP.
/// Key generation costs milliseconds, so <see cref="Default"/> makes one lazily on first use and every
/// peer connection of the process shares it; nothing is generated when a host merely loads this assembly.
/// </remarks>
public sealed class DtlsCertificate
{
    private static readonly Lazy<DtlsCertificate> LazyDefault = new(() => Create(TimeProvider.System), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly byte[] der;

    private DtlsCertificate(byte[] der, AsymmetricKeyParameter privateKey, DateTimeOffset notAfter)
    {
        this.der = der;
        PrivateKey = privateKey;
        NotAfter = notAfter;
        Fingerprint = DtlsFingerprint.Compute("sha-256", der);
    }

    /// <summary>Gets the process-wide certificate, created on first use.</summary>
    public static DtlsCertificate Default => LazyDefault.Value;

    /// <summary>Gets the SHA-256 fingerprint to put in <c>a=fingerprint</c>.</summary>
    public DtlsFingerprint Fingerprint { get; }

    /// <summary>Gets the end of the validity period.</summary>
    public DateTimeOffset NotAfter { get; }

    /// <summary>Gets the DER encoding.</summary>
    public ReadOnlyMemory<byte> RawData => der;

    /// <summary>Gets the private key in BouncyCastle form for the TLS signer.</summary>
    internal AsymmetricKeyParameter PrivateKey { get; }

    /// <summary>Creates a fresh certificate (prefer <see cref="Default"/>).</summary>
    /// <param name="timeProvider">The clock for the validity period.</param>
    /// <returns>A certificate valid from a day ago for thirty days.</returns>
    public static DtlsCertificate Create(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Kandy.Media", key, HashAlgorithmName.SHA256);
        var now = timeProvider.GetUtcNow();

        // Backdated a day so that a peer whose clock runs slow still accepts it.
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        var privateKey = PrivateKeyFactory.CreateKey(key.ExportPkcs8PrivateKey());
        return new DtlsCertificate(certificate.RawData, privateKey, certificate.NotAfter.ToUniversalTime());
    }
}
