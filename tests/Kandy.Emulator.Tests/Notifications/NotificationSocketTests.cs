// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Kandy.Emulator.Hosting;
using Kandy.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Emulator.Tests.Notifications;

public sealed class NotificationSocketTests : EmulatorTest
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);

    protected override EmulatorOptions CreateOptions() => new() { TimeProvider = time };

    [Fact]
    public async Task UnknownChannelIs404BeforeUpgrade()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var uri = new Uri($"ws://127.0.0.1:{Emulator.Uri.Port}/rest/version/1/user/{Alice}/websocket/0123456789abcdef");

        await Assert.ThrowsAnyAsync<WebSocketException>(() => socket.ConnectAsync(uri, CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, socket.HttpStatusCode);
    }

    [Fact]
    public async Task NotificationsArriveInOrderWithUniqueEventIds()
    {
        await using var socket = await NotificationSocket.ConnectAsync(Emulator.Uri, await Client.SubscribeAsync(0));
        await Client.WaitForOpenSocketsAsync();

        var sentIds = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var sent = await Client.ControlAsync(HttpMethod.Post, $"/users/{Alice}/notifications", new { eventType = "IM", imnotificationParams = new { text = "n" + i } });
            Assert.Equal(1, sent["sent"]!.GetValue<int>());
            sentIds.Add(sent["eventId"]!.GetValue<string>());
        }

        var received = new List<JsonNode>();
        for (var i = 0; i < 20; i++)
        {
            received.Add(JsonNode.Parse((await socket.ReceiveAsync())!)!["notificationMessage"]!);
        }

        Assert.Equal(sentIds, received.Select(m => m["eventId"]!.GetValue<string>()));
        Assert.Equal(20, sentIds.Distinct().Count());
        Assert.Equal("n7", received[7]["imnotificationParams"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task RawNotificationIsSentVerbatim()
    {
        await using var socket = await NotificationSocket.ConnectAsync(Emulator.Uri, await Client.SubscribeAsync(0));
        await Client.WaitForOpenSocketsAsync();

        await Client.ControlAsync(HttpMethod.Post, $"/users/{Alice}/notify", "{\"notificationMessage\":{\"eventType\":\"IM\"}} trailing");

        Assert.Equal("{\"notificationMessage\":{\"eventType\":\"IM\"}} trailing", await socket.ReceiveAsync());
    }

    [Fact]
    public async Task ConnCheckIsAnsweredAndKeepaliveAndGarbageAreNot()
    {
        await using var socket = await NotificationSocket.ConnectAsync(Emulator.Uri, await Client.SubscribeAsync(0));

        await socket.SendAsync("{\"message_type\":\"ping\"}");
        await socket.SendAsync("not json at all");
        await socket.SendAsync("{\"connCheck\":{\"interval\":30}}");

        Assert.Equal("{\"connAck\":{}}", await socket.ReceiveAsync());
        Assert.Equal(1, (await Client.ControlAsync(HttpMethod.Get, "/state"))["droppedFrames"]!.GetValue<int>());
    }

    [Fact]
    public async Task DropAbortsTheSocketAndTheChannelAcceptsAReconnect()
    {
        var subscription = await Client.SubscribeAsync(0);
        var socket = await NotificationSocket.ConnectAsync(Emulator.Uri, subscription);
        await Client.WaitForOpenSocketsAsync();

        var dropped = await Client.ControlAsync(HttpMethod.Post, $"/users/{Alice}/drop", new { });
        await Assert.ThrowsAnyAsync<WebSocketException>(() => socket.ReceiveAsync());
        await socket.DisposeAsync();
        await using var again = await NotificationSocket.ConnectAsync(Emulator.Uri, subscription);
        await Client.WaitForOpenSocketsAsync();
        var sent = await Client.ControlAsync(HttpMethod.Post, $"/users/{Alice}/notifications", new { eventType = "IM" });

        Assert.Equal(1, dropped["dropped"]!.GetValue<int>());
        Assert.Contains(sent["eventId"]!.GetValue<string>(), await again.ReceiveAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DropWithCloseCodeClosesWithThatCode()
    {
        await using var socket = await NotificationSocket.ConnectAsync(Emulator.Uri, await Client.SubscribeAsync(0));
        await Client.WaitForOpenSocketsAsync();

        await Client.ControlAsync(HttpMethod.Post, $"/users/{Alice}/drop", new { closeCode = 4001 });

        Assert.Null(await socket.ReceiveAsync());
        Assert.Equal((WebSocketCloseStatus)4001, socket.CloseStatus);
    }

    [Fact]
    public async Task SecondSocketOnTheChannelOverridesTheFirst()
    {
        var subscription = await Client.SubscribeAsync(0);
        await using var first = await NotificationSocket.ConnectAsync(Emulator.Uri, subscription);
        await Client.WaitForOpenSocketsAsync();

        await using var second = await NotificationSocket.ConnectAsync(Emulator.Uri, subscription);
        var frames = await first.ReceiveUntilClosedAsync();

        Assert.Equal("websocketOverridden", JsonNode.Parse(Assert.Single(frames))!["notificationMessage"]!["eventType"]!.GetValue<string>());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.CloseStatus);
        Assert.Equal(WebSocketState.Open, second.State);
    }

    [Fact]
    public async Task SilentSocketIsClosedWith1001()
    {
        await using var socket = await NotificationSocket.ConnectAsync(Emulator.Uri, await Client.SubscribeAsync(0));
        await Client.WaitForOpenSocketsAsync();

        time.Advance(TimeSpan.FromSeconds(91));

        Assert.Null(await socket.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, socket.CloseStatus);
    }

    [Fact]
    public async Task ServerPingModeSendsConnCheck()
    {
        await Client.ControlAsync(HttpMethod.Post, "/connectivity", new { serverPingSeconds = 20 });
        await using var socket = await NotificationSocket.ConnectAsync(Emulator.Uri, await Client.SubscribeAsync(0));
        await Client.WaitForOpenSocketsAsync();

        time.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal("{\"connCheck\":{\"interval\":20}}", await socket.ReceiveAsync());
    }
}
