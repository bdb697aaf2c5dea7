// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Org.BouncyCastle.Tls;

namespace Kandy.Media.Dtls;

/// <summary>The BouncyCastle server peer: DTLS 1.2, use_srtp selection, mandatory client certificate, fingerprint check.</summary>
internal sealed class DtlsSrtpServer : DefaultTlsServer
{
    private readonly DtlsHandshakePolicy policy;
    private UseSrtpData? selectedSrtp;

    public DtlsSrtpServer(DtlsHandshakePolicy policy)
        : base(policy.Crypto)
    {
        this.policy = policy;
    }

    public SrtpKeyingMaterial? Keys { get; private set; }

    public override void ProcessClientExtensions(IDictionary<int, byte[]> clientExtensions)
    {
        base.ProcessClientExtensions(clientExtensions);
        selectedSrtp = policy.SelectSrtp(clientExtensions);
    }

    public override IDictionary<int, byte[]> GetServerExtensions()
    {
        var extensions = TlsExtensionsUtilities.EnsureExtensionsInitialised(base.GetServerExtensions());
        TlsSrtpUtilities.AddUseSrtpExtension(extensions, selectedSrtp!);
        return extensions;
    }

    /// <summary>RFC 5763 §5: the client must authenticate too, so both fingerprints are checked.</summary>
    public override CertificateRequest GetCertificateRequest()
    {
        var algorithms = TlsUtilities.GetDefaultSupportedSignatureAlgorithms(m_context);
        return new CertificateRequest([ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign], algorithms, null);
    }

    public override void NotifyClientCertificate(Certificate clientCertificate) =>
        policy.VerifyPeerCertificate(clientCertificate);

    public override int GetHandshakeTimeoutMillis() => policy.HandshakeTimeoutMillis;

    public override void NotifyHandshakeComplete()
    {
        base.NotifyHandshakeComplete();
        Keys = policy.ExportKeys(m_context);
    }

    public override void NotifyAlertReceived(short alertLevel, short alertDescription)
    {
        DtlsAlerts.Record(policy, alertLevel, alertDescription);
    }

    protected override ProtocolVersion[] GetSupportedVersions() => ProtocolVersion.DTLSv12.Only();

    protected override int[] GetSupportedCipherSuites() =>
        TlsUtilities.GetSupportedCipherSuites(Crypto, DtlsHandshakePolicy.CipherSuites);

    protected override TlsCredentialedSigner GetECDsaSignerCredentials() => policy.CreateSigner(m_context);
}
