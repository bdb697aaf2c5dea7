// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace Kandy.Media.Dtls;

/// <summary>What the DTLS client and server share: credentials, peer checks, SRTP profile and key export.</summary>
/// <remarks>Also records why a handshake failed, because BouncyCastle reports every failure as a generic alert.</remarks>
internal sealed class DtlsHandshakePolicy
{
    /// <summary>ECDHE with ECDSA only: our certificate is P-256, and these are what browsers offer first.</summary>
    public static readonly int[] CipherSuites =
    [
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
    ];

    private readonly DtlsSrtpTransportOptions options;

    public DtlsHandshakePolicy(DtlsSrtpTransportOptions options)
    {
        this.options = options;
        Certificate = options.Certificate ?? DtlsCertificate.Default;
        Crypto = new BcTlsCrypto(new SecureRandom());
    }

    public BcTlsCrypto Crypto { get; }

    public DtlsCertificate Certificate { get; }

    public DtlsRole Role => options.Role;

    public IReadOnlyList<DtlsSrtpProfile> Profiles => options.SrtpProfiles;

    public int HandshakeTimeoutMillis => (int)Math.Clamp(options.HandshakeTimeout.TotalMilliseconds, 1, int.MaxValue);

    /// <summary>Gets the reason recorded by our own checks, if one of them failed.</summary>
    public DtlsException? Failure { get; private set; }

    /// <summary>Gets the SHA-256 fingerprint of the certificate the peer presented.</summary>
    public DtlsFingerprint? PeerCertificateFingerprint { get; private set; }

    /// <summary>Gets the profile agreed in the hello exchange.</summary>
    public DtlsSrtpProfile? SelectedProfile { get; private set; }

    /// <summary>Gets the description of the last fatal alert the peer sent, if any.</summary>
    public short? ReceivedAlert { get; set; }

    /// <summary>Gets a value indicating whether the peer sent close_notify.</summary>
    public bool CloseNotifyReceived { get; set; }

    public TlsCredentialedSigner CreateSigner(TlsContext context)
    {
        var certificate = new Certificate([new BcTlsCertificate(Crypto, Certificate.RawData.ToArray())]);
        return new BcDefaultTlsCredentialedSigner(
            new TlsCryptoParameters(context),
            Crypto,
            Certificate.PrivateKey,
            certificate,
            new SignatureAndHashAlgorithm(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
    }

    /// <summary>RFC 5763 §5: the certificate is trusted only because its digest equals the SDP fingerprint.</summary>
    public void VerifyPeerCertificate(Certificate? certificate)
    {
        if (certificate is null || certificate.IsEmpty)
        {
            throw Fail(DtlsError.MissingCertificate, "The peer presented no certificate.", AlertDescription.handshake_failure);
        }

        var der = certificate.GetCertificateAt(0).GetEncoded();
        PeerCertificateFingerprint = DtlsFingerprint.Compute("sha-256", der);
        if (!options.RemoteFingerprints.Any(f => f.Matches(der)))
        {
            throw Fail(
                DtlsError.FingerprintMismatch,
                "The peer's DTLS certificate does not match the fingerprint in the remote description.",
                AlertDescription.bad_certificate);
        }
    }

    public UseSrtpData OfferedSrtp() =>
        new(Profiles.Select(p => (int)p).ToArray(), TlsUtilities.EmptyBytes);

    /// <summary>Server side: the first of our profiles that the client offers (RFC 5764 §4.1.1).</summary>
    public UseSrtpData SelectSrtp(IDictionary<int, byte[]>? clientExtensions)
    {
        var offer = clientExtensions is null ? null : TlsSrtpUtilities.GetUseSrtpExtension(clientExtensions);
        var chosen = offer is null ? null : Profiles.Cast<DtlsSrtpProfile?>().FirstOrDefault(p => offer.ProtectionProfiles.Contains((int)p!.Value));
        if (chosen is null)
        {
            throw Fail(DtlsError.NoCommonSrtpProfile, "The peer offers no SRTP protection profile we support.", AlertDescription.handshake_failure);
        }

        SelectedProfile = chosen;
        return new UseSrtpData([(int)chosen.Value], TlsUtilities.EmptyBytes);
    }

    /// <summary>Client side: the server must pick exactly one of the profiles we offered.</summary>
    public void AcceptSrtp(IDictionary<int, byte[]>? serverExtensions)
    {
        var answer = serverExtensions is null ? null : TlsSrtpUtilities.GetUseSrtpExtension(serverExtensions);
        if (answer is null || answer.ProtectionProfiles.Length != 1 || !Profiles.Any(p => (int)p == answer.ProtectionProfiles[0]))
        {
            throw Fail(DtlsError.NoCommonSrtpProfile, "The peer selected no SRTP protection profile we offered.", AlertDescription.illegal_parameter);
        }

        SelectedProfile = (DtlsSrtpProfile)answer.ProtectionProfiles[0];
    }

    /// <summary>RFC 5764 §4.2: export the SRTP keys once the handshake is complete.</summary>
    public SrtpKeyingMaterial ExportKeys(TlsContext context)
    {
        var profile = SelectedProfile ?? throw Fail(DtlsError.NoCommonSrtpProfile, "No SRTP protection profile was negotiated.", AlertDescription.handshake_failure);
        var length = 2 * (profile.MasterKeyLength() + profile.MasterSaltLength());
        return new SrtpKeyingMaterial(profile, Role, context.ExportKeyingMaterial(ExporterLabel.dtls_srtp, null, length));
    }

    private TlsFatalAlert Fail(DtlsError error, string message, short alert)
    {
        Failure ??= new DtlsException(error, message);
        return new TlsFatalAlert(alert, message);
    }
}
