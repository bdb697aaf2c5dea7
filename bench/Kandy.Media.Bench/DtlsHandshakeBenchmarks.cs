// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using BenchmarkDotNet.Attributes;
using Kandy.Media.Dtls;

namespace Kandy.Media.Bench;

/// <summary>A full DTLS-SRTP handshake (client and server in one process, datagrams handed over in memory), warm.</summary>
/// <remarks>Certificates are made once in setup, as the peer connection does (one per process).</remarks>
[MedianColumn]
[MemoryDiagnoser]
public class DtlsHandshakeBenchmarks
{
    private readonly DtlsCertificate clientCertificate = DtlsCertificate.Create(TimeProvider.System);
    private readonly DtlsCertificate serverCertificate = DtlsCertificate.Default;

    [Params(DtlsSrtpProfile.Aes128CmHmacSha1Tag80, DtlsSrtpProfile.AeadAes128Gcm)]
    public DtlsSrtpProfile Profile { get; set; }

    [Benchmark]
    public async Task<SrtpKeyingMaterial> Handshake()
    {
        DtlsSrtpTransport? server = null;
        using var client = new DtlsSrtpTransport(Options(DtlsRole.Client, clientCertificate, serverCertificate), d => server!.ReceiveDatagram(d));
        using var serverSide = new DtlsSrtpTransport(Options(DtlsRole.Server, serverCertificate, clientCertificate), d => client.ReceiveDatagram(d));
        server = serverSide;
        var accepted = serverSide.StartAsync();
        var keys = await client.StartAsync();
        await accepted;
        return keys;
    }

    private DtlsSrtpTransportOptions Options(DtlsRole role, DtlsCertificate own, DtlsCertificate peer) => new()
    {
        Role = role,
        Certificate = own,
        RemoteFingerprints = [peer.Fingerprint],
        SrtpProfiles = [Profile],
    };
}
