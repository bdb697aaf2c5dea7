// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Org.BouncyCastle.Tls;

namespace Kandy.Media.Dtls;

/// <summary>The BouncyCastle client peer: DTLS 1.2, use_srtp, ECDSA client certificate, fingerprint check.</summary>
internal sealed class DtlsSrtpClient : DefaultTlsClient
{
    private readonly DtlsHandshakePolicy policy;

    public DtlsSrtpClient(DtlsHandshakePolicy policy)
        : base(policy.Crypto)
    {
        this.policy = policy;
    }

    public SrtpKeyingMaterial? Keys { get; private set; }

    public override IDictionary<int, byte[]> GetClientExtensions()
    {
        var extensions = TlsExtensionsUtilities.EnsureExtensionsInitialised(base.GetClientExtensions());
        TlsSrtpUtilities.AddUseSrtpExtension(extensions, policy.OfferedSrtp());
        return extensions;
    }

    public override void ProcessServerExtensions(IDictionary<int, byte[]> serverExtensions)
    {
        base.ProcessServerExtensions(serverExtensions);
        policy.AcceptSrtp(serverExtensions);
    }

    public override TlsAuthentication GetAuthentication() => new Authentication(this);

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

    private sealed class Authentication(DtlsSrtpClient owner) : TlsAuthentication
    {
        public void NotifyServerCertificate(TlsServerCertificate serverCertificate) =>
            owner.policy.VerifyPeerCertificate(serverCertificate?.Certificate);

        public TlsCredentials GetClientCredentials(CertificateRequest certificateRequest) =>
            owner.policy.CreateSigner(owner.m_context);
    }
}
