// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Configuration;
using Kandy.Core.Connectivity;
using Kandy.Core.Tests.Support;
using Kandy.Core.Transports;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Core.Tests.Transports;

/// <summary>The three connectivity-check modes of 01-session.md §7.4 against a peer that answers nothing by itself.</summary>
[Trait("Category", "Integration")]
public sealed class ConnectivityCheckTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
    private readonly SessionEventLog events = new();
    private readonly QuietWebSocketServer server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task KeepAliveSendsAPingAtOnceAndEveryIntervalAndExpectsNoAnswer()
    {
        await using var socket = await OpenAsync(new KandyConnectivityMethod(KandyConnectivityType.KeepAlive, KandyResponsibleParty.Client));
        await UntilAsync(() => server.Received.Count == 1);

        for (var tick = 0; tick < 4; tick++)
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            await UntilAsync(() => server.Received.Count == tick + 2);
        }

        Assert.All(server.Received, frame => Assert.Equal("""{"message_type":"ping"}""", frame));
        Assert.Equal(KandyConnectionState.Connected, socket.State);
    }

    [Fact]
    public async Task PingPongWithoutAnswersIsDeclaredLostAfterMaxMissedPingsAndReconnects()
    {
        await using var socket = await OpenAsync(new KandyConnectivityMethod(KandyConnectivityType.PingPong, KandyResponsibleParty.Client));
        await UntilAsync(() => server.Received.Count == 1);
        Assert.Equal("""{"connCheck":{"interval":30}}""", server.Received[0]);

        for (var tick = 0; tick < 2; tick++)
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            await UntilAsync(() => server.Received.Count == tick + 2);
        }

        Assert.Equal(KandyConnectionState.Connected, socket.State);
        clock.Advance(TimeSpan.FromSeconds(30));
        await UntilAsync(() => server.Upgrades == 2 && socket.State == KandyConnectionState.Connected);

        Assert.Equal(["ws:change Connecting", "ws:change Connected", "ws:change Reconnecting", "ws:change Reconnecting", "ws:change Connected"], events.Entries);
    }

    [Fact]
    public async Task ServerPingsAreAnsweredWithConnAck()
    {
        await using var socket = await OpenAsync(new KandyConnectivityMethod(KandyConnectivityType.KeepAlive, KandyResponsibleParty.Server));

        await server.SendAsync("""{"connCheck":{"interval":10}}""");
        await UntilAsync(() => server.Received.Count == 1);

        Assert.Equal("""{"connAck":{}}""", server.Received[0]);
        Assert.Equal(KandyConnectionState.Connected, socket.State);
    }

    private async Task<NotificationSocket> OpenAsync(KandyConnectivityMethod method)
    {
        var options = new KandyClientOptions { TimeProvider = clock };
        options.Connectivity.Method = method;
        var socket = new NotificationSocket(() => options, events, NullLoggerFactory.Instance);
        Assert.Null(await socket.ConnectAsync(() => server.Uri, CancellationToken.None));
        return socket;
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
