// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net.Sockets;
using Kandy.Media.Dtls;

namespace Kandy.Media.Tests.Dtls;

[Trait("Category", "unit")]
public sealed class DtlsSrtpTransportTests
{
    [Theory]
    [InlineData(DtlsSrtpProfile.Aes128CmHmacSha1Tag80, 60)]
    [InlineData(DtlsSrtpProfile.Aes128CmHmacSha1Tag32, 60)]
    [InlineData(DtlsSrtpProfile.AeadAes128Gcm, 56)]
    public async Task BothSidesExportTheSameKeyingMaterialForEachProfile(DtlsSrtpProfile profile, int length)
    {
        using var pair = new DtlsPair(client: o => o.SrtpProfiles = [profile]);

        var (client, server) = await pair.ConnectAsync();

        Assert.Equal(profile, client.Profile);
        Assert.Equal(profile, server.Profile);
        Assert.Equal(length, client.Material.Length);
        Assert.True(client.Material.SequenceEqual(server.Material));
        Assert.True(client.LocalMasterKey.Span.SequenceEqual(server.RemoteMasterKey.Span));
        Assert.True(client.LocalMasterSalt.Span.SequenceEqual(server.RemoteMasterSalt.Span));
        Assert.False(client.LocalMasterKey.Span.SequenceEqual(client.RemoteMasterKey.Span));
        Assert.Equal(DtlsState.Connected, pair.Client.State);
        Assert.Equal(DtlsState.Connected, pair.Server.State);
    }

    [Fact]
    public async Task ServerPicksItsMostPreferredProfileAmongTheOffered()
    {
        using var pair = new DtlsPair(
            client: o => o.SrtpProfiles = [DtlsSrtpProfile.Aes128CmHmacSha1Tag80, DtlsSrtpProfile.Aes128CmHmacSha1Tag32, DtlsSrtpProfile.AeadAes128Gcm],
            server: o => o.SrtpProfiles = [DtlsSrtpProfile.AeadAes128Gcm, DtlsSrtpProfile.Aes128CmHmacSha1Tag80]);

        var (client, _) = await pair.ConnectAsync();

        Assert.Equal(DtlsSrtpProfile.AeadAes128Gcm, client.Profile);
        Assert.Equal(DtlsSrtpProfile.AeadAes128Gcm, pair.Server.SrtpProfile);
    }

    [Fact]
    public async Task EachSideSeesThePeersCertificateFingerprint()
    {
        using var pair = new DtlsPair();

        await pair.ConnectAsync();

        Assert.Equal(pair.Server.LocalFingerprint, pair.Client.RemoteCertificateFingerprint);
        Assert.Equal(pair.Client.LocalFingerprint, pair.Server.RemoteCertificateFingerprint);
    }

    [Fact]
    public async Task ClientRejectsAServerCertificateThatDoesNotMatchTheFingerprint()
    {
        var stranger = DtlsCertificate.Create(TimeProvider.System).Fingerprint;
        using var pair = new DtlsPair(client: o => o.RemoteFingerprints = [stranger]);

        var error = await Assert.ThrowsAsync<DtlsException>(() => pair.ConnectAsync());

        Assert.Equal(DtlsError.FingerprintMismatch, error.Error);
        Assert.True(error.IsSecurityError);
        Assert.Equal(DtlsState.Failed, pair.Client.State);
        var serverError = await Assert.ThrowsAsync<DtlsException>(() => pair.Server.StartAsync());
        Assert.Equal(DtlsError.AlertReceived, serverError.Error);
    }

    [Fact]
    public async Task ServerRejectsAClientCertificateThatDoesNotMatchTheFingerprint()
    {
        var stranger = DtlsCertificate.Create(TimeProvider.System).Fingerprint;
        using var pair = new DtlsPair(server: o => o.RemoteFingerprints = [stranger]);

        await Assert.ThrowsAsync<DtlsException>(() => pair.ConnectAsync());

        var error = await Assert.ThrowsAsync<DtlsException>(() => pair.Server.StartAsync());
        Assert.Equal(DtlsError.FingerprintMismatch, error.Error);
        Assert.True(error.IsSecurityError);
        Assert.Equal(DtlsState.Failed, pair.Server.State);
    }

    [Fact]
    public async Task HandshakeFailsWhenNoProfileIsShared()
    {
        using var pair = new DtlsPair(
            client: o => o.SrtpProfiles = [DtlsSrtpProfile.Aes128CmHmacSha1Tag32],
            server: o => o.SrtpProfiles = [DtlsSrtpProfile.AeadAes128Gcm]);

        await Assert.ThrowsAsync<DtlsException>(() => pair.ConnectAsync());

        Assert.Equal(DtlsError.NoCommonSrtpProfile, pair.Server.Error?.Error);
    }

    [Fact]
    public async Task LostFlightsAreRetransmitted()
    {
        // Drop the first ClientHello and the server's first flight: BouncyCastle's timers must resend both.
        using var pair = new DtlsPair(deliver: (role, n) => n > 1);

        var (client, server) = await pair.ConnectAsync();

        Assert.True(client.Material.SequenceEqual(server.Material));
    }

    [Fact]
    public async Task SocketErrorsOnSendDoNotAbortTheHandshake()
    {
        using var pair = new DtlsPair(deliver: (role, n) => role == DtlsRole.Client && n == 1
            ? throw new SocketException((int)SocketError.ConnectionRefused)
            : true);

        var (client, server) = await pair.ConnectAsync();

        Assert.True(client.Material.SequenceEqual(server.Material));
    }

    [Fact]
    public async Task HandshakeTimesOutWithoutAPeer()
    {
        var options = new DtlsSrtpTransportOptions
        {
            Role = DtlsRole.Client,
            RemoteFingerprints = [DtlsCertificate.Default.Fingerprint],
            HandshakeTimeout = TimeSpan.FromMilliseconds(1500),
        };
        var sent = 0;
        using var transport = new DtlsSrtpTransport(options, _ => Interlocked.Increment(ref sent));

        var error = await Assert.ThrowsAsync<DtlsException>(() => transport.StartAsync());

        Assert.Equal(DtlsError.Timeout, error.Error);
        Assert.True(sent >= 2, "the ClientHello should have been retransmitted at least once");
    }

    [Fact]
    public async Task CloseNotifyClosesThePeer()
    {
        using var pair = new DtlsPair();
        await pair.ConnectAsync();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        pair.Server.StateChanged += (_, _) =>
        {
            if (pair.Server.State == DtlsState.Closed)
            {
                closed.TrySetResult();
            }
        };

        pair.Client.Close();

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(DtlsState.Closed, pair.Client.State);
    }

    [Fact]
    public async Task CancellationAbortsTheHandshake()
    {
        var options = new DtlsSrtpTransportOptions { Role = DtlsRole.Server, RemoteFingerprints = [DtlsCertificate.Default.Fingerprint] };
        using var transport = new DtlsSrtpTransport(options, _ => { });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transport.StartAsync(cancel.Token));
    }

    [Fact]
    public void GarbageInTheQueueIsNotFatalToTheCaller()
    {
        var options = new DtlsSrtpTransportOptions { Role = DtlsRole.Server, RemoteFingerprints = [DtlsCertificate.Default.Fingerprint] };
        using var transport = new DtlsSrtpTransport(options, _ => { });

        Assert.True(transport.ReceiveDatagram([22, 0xfe, 0xfd, 1, 2, 3]));
    }
}
