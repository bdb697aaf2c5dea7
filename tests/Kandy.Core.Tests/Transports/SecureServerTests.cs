// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Connectivity;
using Kandy.Core.Tests.Support;
using Kandy.Emulator.Hosting;

namespace Kandy.Core.Tests.Transports;

/// <summary>HTTPS and WSS (the SDK's only WebSocket scheme) against the emulator's self-signed certificate.</summary>
[Trait("Category", "Integration")]
public sealed class SecureServerTests
{
    [Fact]
    public async Task TheValidationCallbackTrustsTheEmulatorForRestAndWebSocket()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { UseHttps = true });
        var thumbprint = emulator.Certificate!.Thumbprint;
        await using var session = Session.Create(emulator, o => o.ServerCertificateValidationCallback =
            (_, certificate, _, _) => certificate is not null && string.Equals(certificate.GetCertHashString(), thumbprint, StringComparison.OrdinalIgnoreCase));
        session.Client.SetCredentials(Session.Password(emulator));

        var info = await session.Client.SubscribeAsync(["call"], null, CancellationToken.None);

        Assert.Equal(["call"], info.Subscribed);
        var connection = session.Client.GetConnection();
        Assert.Equal(KandyConnectionState.Connected, connection.State);
        Assert.Equal("wss", connection.Uri!.Scheme);
    }

    [Fact]
    public async Task AnUntrustedCertificateFailsTheSubscribe()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { UseHttps = true });
        await using var session = Session.Create(emulator);
        session.Client.SetCredentials(Session.Password(emulator));

        var error = await Assert.ThrowsAsync<KandyException>(() => session.Client.SubscribeAsync(["call"], null, CancellationToken.None));
        Assert.Equal("authentication:4", error.SdkCode);
        Assert.StartsWith("Subscribe request failed: ", error.Message, StringComparison.Ordinal);
    }
}
