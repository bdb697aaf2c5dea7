// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Connectivity;
using Kandy.Core.Events;
using Kandy.Core.Tests.Support;

namespace Kandy.Core.Tests.Notifications;

/// <summary>Notifications arriving on the real socket (01-session.md §7.4, §8).</summary>
[Collection("emulator")]
[Trait("Category", "Integration")]
public sealed class WebSocketNotificationTests : IAsyncLifetime
{
    private readonly EmulatorFixture emulator;

    public WebSocketNotificationTests(EmulatorFixture emulator) => this.emulator = emulator;

    private string User => emulator.Host.Users[0].UserName;

    public Task InitializeAsync() => emulator.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheSameEventIdIsDeliveredOnceEvenAcrossChannels()
    {
        await using var session = await SubscribedAsync();
        const string Frame = """{"notificationMessage":{"eventType":"mwi","eventId":"dup-1"}}""";

        await emulator.Control.NotifyRawAsync(User, Frame);
        await emulator.Control.NotifyRawAsync(User, Frame);
        await session.Client.ProcessNotificationAsync(Frame, Kandy.Core.Notifications.KandyNotificationChannel.Push, CancellationToken.None);
        await emulator.Control.NotifyRawAsync(User, """{"notificationMessage":{"eventType":"mwi","eventId":"dup-2"}}""");
        await session.Events.WaitAsync(KandyEventNames.NotificationReceived, 2);
        await session.Client.DrainEventsAsync();

        Assert.Equal(2, session.Events.Named(KandyEventNames.NotificationReceived).Count);
        Assert.Equal(2, session.Client.Notifications.Duplicates);
    }

    [Fact]
    public async Task MalformedAndUnknownFramesAreDroppedAndTheSessionGoesOn()
    {
        await using var session = await SubscribedAsync();

        await emulator.Control.NotifyRawAsync(User, "this is not json");
        await emulator.Control.NotifyRawAsync(User, "[1,2,3]");
        await emulator.Control.NotifyRawAsync(User, """{"unexpected":{"eventType":"gone"}}""");
        await emulator.Control.NotifyRawAsync(User, """{"notificationMessage":{"eventType":"brandNewThing","eventId":"u-1"}}""");
        await emulator.Control.NotifyRawAsync(User, """{"notificationMessage":{"eventType":"mwi","eventId":"ok-1"}}""");
        var last = await session.Events.WaitAsync(KandyEventNames.NotificationReceived, 2);

        Assert.Equal(KandyConnectionState.Connected, session.Client.GetConnection().State);
        Assert.True(session.Client.GetSubscriptions().IsSubscribed);
        Assert.Equal(2, SocketDrops(session));
        Assert.Equal(1, session.Client.Notifications.Dropped);
        var payload = (IReadOnlyDictionary<string, object?>)last.Payload["payload"]!;
        Assert.Equal("ok-1", ((IReadOnlyDictionary<string, object?>)payload["notificationMessage"]!)["eventId"]);
    }

    [Fact]
    public async Task DisabledWebSocketNotificationsAreIgnoredUntilReenabled()
    {
        await using var session = await SubscribedAsync();

        session.Client.EnableWebSocketNotifications(false);
        await emulator.Control.NotifyAsync(User, new { eventType = "mwi" });
        for (var i = 0; i < 500 && !session.Log.Entries.Any(e => e.EventId == 6001); i++)
        {
            await Task.Delay(10);
        }

        session.Client.EnableWebSocketNotifications(true);
        await emulator.Control.NotifyAsync(User, new { eventType = "mwi" });
        await session.Events.WaitAsync(KandyEventNames.NotificationReceived);
        await session.Client.DrainEventsAsync();

        Assert.Single(session.Events.Named(KandyEventNames.NotificationReceived));
        Assert.Equal(2, session.Events.Named(KandyEventNames.NotificationsChange).Count);
    }

    private static long SocketDrops(Session session) => session.Log.Entries.Count(e => e.EventId == 5008);

    private async Task<Session> SubscribedAsync()
    {
        var session = Session.Create(emulator.Host);
        session.Client.SetCredentials(Session.Password(emulator.Host));
        await session.Client.SubscribeAsync(["call", "IM"], null, CancellationToken.None);
        return session;
    }
}
