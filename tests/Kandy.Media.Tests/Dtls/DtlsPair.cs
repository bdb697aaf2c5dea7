// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Dtls;

namespace Kandy.Media.Tests.Dtls;

/// <summary>A DTLS client and server wired back to back in memory; a filter may drop or fail datagrams.</summary>
internal sealed class DtlsPair : IDisposable
{
    public DtlsPair(
        Action<DtlsSrtpTransportOptions>? client = null,
        Action<DtlsSrtpTransportOptions>? server = null,
        Func<DtlsRole, int, bool>? deliver = null)
    {
        var clientCertificate = DtlsCertificate.Create(TimeProvider.System);
        var serverCertificate = DtlsCertificate.Default;
        var clientOptions = new DtlsSrtpTransportOptions
        {
            Role = DtlsRole.Client,
            Certificate = clientCertificate,
            RemoteFingerprints = [serverCertificate.Fingerprint],
            HandshakeTimeout = TimeSpan.FromSeconds(10),
        };
        var serverOptions = new DtlsSrtpTransportOptions
        {
            Role = DtlsRole.Server,
            Certificate = serverCertificate,
            RemoteFingerprints = [clientCertificate.Fingerprint],
            HandshakeTimeout = TimeSpan.FromSeconds(10),
        };
        client?.Invoke(clientOptions);
        server?.Invoke(serverOptions);

        var sent = new int[2];
        Client = new DtlsSrtpTransport(clientOptions, datagram =>
        {
            if (deliver?.Invoke(DtlsRole.Client, Interlocked.Increment(ref sent[0])) ?? true)
            {
                Server!.ReceiveDatagram(datagram);
            }
        });
        Server = new DtlsSrtpTransport(serverOptions, datagram =>
        {
            if (deliver?.Invoke(DtlsRole.Server, Interlocked.Increment(ref sent[1])) ?? true)
            {
                Client.ReceiveDatagram(datagram);
            }
        });
    }

    public DtlsSrtpTransport Client { get; }

    public DtlsSrtpTransport Server { get; }

    public async Task<(SrtpKeyingMaterial Client, SrtpKeyingMaterial Server)> ConnectAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var server = Server.StartAsync(timeout.Token);
        var client = Client.StartAsync(timeout.Token);
        return (await client, await server);
    }

    public void Dispose()
    {
        Client.Dispose();
        Server.Dispose();
    }
}
