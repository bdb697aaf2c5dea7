// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Connectivity;
using Kandy.Core.Events;
using Kandy.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Core.Tests.Transports;

/// <summary>Socket loss and reconnection (01-session.md §7.3) with the emulator dropping sockets.</summary>
[Collection("emulator")]
[Trait("Category", "Integration")]
public sealed class ReconnectTests : IAsyncLifetime
{
    private readonly EmulatorFixture emulator;

    public ReconnectTests(EmulatorFixture emulator) => this.emulator = emulator;

    private string User => emulator.Host.Users[0].UserName;

    public Task InitializeAsync() => emulator.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ADroppedSocketIsReopenedOnTheSameChannelWithoutResubscribing()
    {
        await using var session = await SubscribedAsync();
        var channel = session.Client.GetSubscriptions().NotificationChannel;

        await emulator.Control.DropAsync(User, 1001);
        await session.Events.WaitAsync(KandyEventNames.WebSocketChange, 4);

        Assert.Equal(KandyConnectionState.Connected, session.Client.GetConnection().State);
        Assert.True(session.Client.GetSubscriptions().IsSubscribed);
        Assert.Single(await emulator.Control.RequestsAsync("POST", "/subscription"));
        var upgrades = (await emulator.Control.RequestsAsync()).Where(e => e["webSocket"]?.GetValue<bool>() == true).ToList();
        Assert.Equal(2, upgrades.Count);
        Assert.All(upgrades, u => Assert.Equal(channel, u["path"]!.GetValue<string>()));

        // Notifications flow on the new socket.
        await emulator.Control.NotifyAsync(User, new { eventType = "mwi" });
        await session.Events.WaitAsync(KandyEventNames.NotificationReceived);
    }

    [Fact]
    public async Task ACloseWith1000EndsTheSubscriptionWithoutReconnecting()
    {
        await using var session = await SubscribedAsync();

        await emulator.Control.DropAsync(User, 1000);
        await session.Events.WaitAsync(KandyEventNames.SubscriptionChange, match: e => e.Payload["reason"] as string == "LOST_CONNECTION");

        Assert.Equal(KandyConnectionState.Disconnected, session.Client.GetConnection().State);
        Assert.False(session.Client.GetSubscriptions().IsSubscribed);
        Assert.Equal(2, session.Events.Named(KandyEventNames.WebSocketChange).Count);
    }

    [Fact]
    public async Task ResetConnectionDeclaresTheSocketLostAndReopensIt()
    {
        await using var session = await SubscribedAsync();

        session.Client.ResetConnection();
        await session.Events.WaitAsync(KandyEventNames.WebSocketChange, 5);

        Assert.Equal(KandyConnectionState.Connected, session.Client.GetConnection().State);
        Assert.True(session.Client.GetSubscriptions().IsSubscribed);
    }

    [Fact]
    public async Task WithoutAutoReconnectADropEndsTheSubscription()
    {
        await using var session = await SubscribedAsync(o => o.Connectivity.AutoReconnect = false);

        await emulator.Control.DropAsync(User, 1001);
        await session.Events.WaitAsync(KandyEventNames.SubscriptionChange, match: e => e.Payload["reason"] as string == "LOST_CONNECTION");
        Assert.Equal(KandyConnectionState.Disconnected, session.Client.GetConnection().State);
    }

    [Fact]
    public async Task ASocketThatNeverOpensDeletesTheNewSubscriptionAndFailsWithSubscription1()
    {
        using var refusing = SilentServer.Refusing();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var session = Session.Create(emulator.Host, o =>
        {
            o.TimeProvider = clock;
            o.Subscription.WebSocket.Port = refusing.Port;
            o.Connectivity.ReconnectLimit = 2;
        });
        session.Client.SetCredentials(Session.Password(emulator.Host));

        var subscribe = session.Client.SubscribeAsync(["call"], null, CancellationToken.None);
        for (var i = 0; i < 100 && !subscribe.IsCompleted; i++)
        {
            await Task.Delay(10);
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        var error = await Assert.ThrowsAsync<KandyException>(() => subscribe.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("subscription:1", error.SdkCode);
        Assert.Equal("Could not connect to websocket. Received error on open.", error.Message);
        Assert.Single(await emulator.Control.RequestsAsync("DELETE", "/subscription"));
        await session.Events.WaitAsync(KandyEventNames.SubscriptionError);
        Assert.Equal(
            ["auth:change", "subscription:change", "ws:change", "subscription:change", "subscription:error"],
            session.Events.Names);
    }

    private async Task<Session> SubscribedAsync(Action<KandyClientOptions>? configure = null)
    {
        var session = Session.Create(emulator.Host, configure);
        session.Client.SetCredentials(Session.Password(emulator.Host));
        await session.Client.SubscribeAsync(["call", "IM"], null, CancellationToken.None);
        return session;
    }
}
