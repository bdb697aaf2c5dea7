// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Kandy.Emulator.Hosting;
using Kandy.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Emulator.Tests.Subscriptions;

public sealed class SubscriptionTests : EmulatorTest
{
    private static readonly string[] WithheldIm = ["IM"];
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);

    protected override EmulatorOptions CreateOptions() => new() { TimeProvider = time };

    [Fact]
    public async Task CreateAnswersWithIssuedPathsAndEchoedParameters()
    {
        var answer = await Client.SubscribeAsync(0, ["call", "IM"], expires: 120, clientCorrelator: "desk-1");

        var response = answer["subscribeResponse"]!;
        var parameters = response["subscriptionParams"]!;
        Assert.Equal(0, response["statusCode"]!.GetValue<int>());
        Assert.Matches("^/rest/version/1/user/alice@kandy.test/subscription/[0-9a-f]+$", response["subscription"]!.GetValue<string>());
        Assert.Matches("^/rest/version/1/user/alice@kandy.test/websocket/[0-9a-f]+$", parameters["notificationChannel"]!.GetValue<string>());
        Assert.Equal(["call", "IM"], parameters["service"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(120, parameters["expires"]!.GetValue<int>());
        Assert.Equal("desk-1", parameters["clientCorrelator"]!.GetValue<string>());
        Assert.Equal("English_US", parameters["localization"]!.GetValue<string>());
        Assert.True(parameters["useTurn"]!.GetValue<bool>());
        Assert.Equal("WebSocket", parameters["notificationType"]!.GetValue<string>());
        Assert.EndsWith(":alice@kandy.test", parameters["turnCredentials"]!["username"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "call", "IM", "Presence" }, "FULL", 3)]
    [InlineData(new[] { "call", "smsinbound" }, "PARTIAL", 1)]
    [InlineData(new[] { "chat" }, "NONE", 0)]
    public async Task UnknownServicesAreLeftOutOfTheGrant(string[] requested, string status, int granted)
    {
        var answer = await Client.SubscribeAsync(0, requested);

        Assert.Equal(granted, answer["subscribeResponse"]!["subscriptionParams"]!["service"]!.AsArray().Count);
        var state = await Client.ControlAsync(HttpMethod.Get, "/state");
        Assert.Equal(status, state["subscriptions"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithheldServiceGivesPartialGrant()
    {
        await Client.ControlAsync(HttpMethod.Post, $"/users/{Alice}/services", new { withheld = WithheldIm });

        var answer = await Client.SubscribeAsync(0, ["call", "IM"]);

        Assert.Equal(["call"], answer["subscribeResponse"]!["subscriptionParams"]!["service"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task RefreshKeepsIdsRestartsExpiryAndUpdatesServices()
    {
        var created = await Client.SubscribeAsync(0, ["call"], expires: 60);
        var path = created["subscribeResponse"]!["subscription"]!.GetValue<string>();
        time.Advance(TimeSpan.FromSeconds(50));

        using var refresh = await Client.SendAsync(HttpMethod.Put, path, Basic(), LinkClient.SubscribeBody(["call", "IM"], expires: 60));
        var answer = JsonNode.Parse(await refresh.Content.ReadAsStringAsync())!["subscribeResponse"]!;
        time.Advance(TimeSpan.FromSeconds(50));

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(0, answer["statusCode"]!.GetValue<int>());
        Assert.Equal(path, answer["subscription"]!.GetValue<string>());
        Assert.Equal(created["subscribeResponse"]!["subscriptionParams"]!["notificationChannel"]!.GetValue<string>(), answer["subscriptionParams"]!["notificationChannel"]!.GetValue<string>());
        Assert.Equal(["call", "IM"], answer["subscriptionParams"]!["service"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Single((await Client.ControlAsync(HttpMethod.Get, "/state"))["subscriptions"]!.AsArray());
    }

    [Fact]
    public async Task RefreshByClientCorrelatorFindsTheSubscription()
    {
        await Client.SubscribeAsync(0, ["call"], clientCorrelator: "desk-7");

        using var refresh = await Client.SendAsync(HttpMethod.Put, $"/rest/version/1/user/{Alice}/subscription/clientCorrelator/desk-7", Basic(), LinkClient.SubscribeBody(["call"]));

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    [Fact]
    public async Task ExpirySendsGoneClosesWith1000AndLaterRefreshIs404With39()
    {
        var created = await Client.SubscribeAsync(0, ["call"], expires: 30);
        var path = created["subscribeResponse"]!["subscription"]!.GetValue<string>();
        await using var socket = await NotificationSocket.ConnectAsync(Emulator.Uri, created);
        await Client.WaitForOpenSocketsAsync();

        time.Advance(TimeSpan.FromSeconds(31));
        var frames = await socket.ReceiveUntilClosedAsync();
        using var refresh = await Client.SendAsync(HttpMethod.Put, path, Basic(), LinkClient.SubscribeBody(["call"]));

        var gone = JsonNode.Parse(Assert.Single(frames))!["notificationMessage"]!;
        Assert.Equal("gone", gone["eventType"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(gone["eventId"]!.GetValue<string>()));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
        Assert.Equal(HttpStatusCode.NotFound, refresh.StatusCode);
        Assert.Equal("""{"subscribeResponse":{"statusCode":39}}""", await refresh.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeleteRemovesTheSubscriptionAndItsChannel()
    {
        var created = await Client.SubscribeAsync(0, ["call"]);
        var path = created["subscribeResponse"]!["subscription"]!.GetValue<string>();

        using var delete = await Client.SendAsync(HttpMethod.Delete, path, Basic());
        using var again = await Client.SendAsync(HttpMethod.Delete, path, Basic());

        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal("""{"subscribeResponse":{"statusCode":0}}""", await delete.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty((await Client.ControlAsync(HttpMethod.Get, "/state"))["subscriptions"]!.AsArray());
        await Assert.ThrowsAnyAsync<WebSocketException>(() => NotificationSocket.ConnectAsync(Emulator.Uri, created));
    }

    [Fact]
    public async Task SameClientCorrelatorReplacesTheOldSubscription()
    {
        var first = await Client.SubscribeAsync(0, ["call"], clientCorrelator: "phone");
        await using var socket = await NotificationSocket.ConnectAsync(Emulator.Uri, first);
        await Client.WaitForOpenSocketsAsync();

        await Client.SubscribeAsync(0, ["call"], clientCorrelator: "phone");
        var frames = await socket.ReceiveUntilClosedAsync();

        Assert.Equal("gone", JsonNode.Parse(Assert.Single(frames))!["notificationMessage"]!["eventType"]!.GetValue<string>());
        Assert.Single((await Client.ControlAsync(HttpMethod.Get, "/state"))["subscriptions"]!.AsArray());
    }

    [Fact]
    public async Task SessionLimitRefusesWithoutForceLogOutAndEvictsOldestWithIt()
    {
        for (var i = 0; i < 5; i++)
        {
            await Client.SubscribeAsync(0, ["call"]);
        }

        using var refused = await Client.SendAsync(HttpMethod.Post, $"/rest/version/1/user/{Alice}/subscription", Basic(), LinkClient.SubscribeBody(["call"]));
        using var forced = await Client.SendAsync(HttpMethod.Post, $"/rest/version/1/user/{Alice}/subscription", Basic(), LinkClient.SubscribeBody(["call"], forceLogOut: true));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(29, JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["subscribeResponse"]!["statusCode"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal(5, (await Client.ControlAsync(HttpMethod.Get, "/state"))["subscriptions"]!.AsArray().Count);
    }

    [Fact]
    public async Task ServerEndSendsGoneWithRetryAfterOrOverridden()
    {
        var first = await Client.SubscribeAsync(0, ["call"]);
        var second = await Client.SubscribeAsync(1, ["call"]);
        await using var socketA = await NotificationSocket.ConnectAsync(Emulator.Uri, first);
        await using var socketB = await NotificationSocket.ConnectAsync(Emulator.Uri, second);
        await Client.WaitForOpenSocketsAsync(2);
        var state = await Client.ControlAsync(HttpMethod.Get, "/state");
        var idA = state["subscriptions"]![0]!["id"]!.GetValue<string>();

        await Client.ControlAsync(HttpMethod.Post, $"/subscriptions/{idA}/end", new { reason = "gone", retryAfter = 30 });
        await Client.ControlAsync(HttpMethod.Post, "/users/bob@kandy.test/end-subscriptions", new { reason = "websocketOverridden" });
        var goneA = JsonNode.Parse(Assert.Single(await socketA.ReceiveUntilClosedAsync()))!["notificationMessage"]!;
        var overriddenB = JsonNode.Parse(Assert.Single(await socketB.ReceiveUntilClosedAsync()))!["notificationMessage"]!;

        Assert.Equal("gone", goneA["eventType"]!.GetValue<string>());
        Assert.Equal(30, goneA["retryAfter"]!.GetValue<int>());
        Assert.Equal("websocketOverridden", overriddenB["eventType"]!.GetValue<string>());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socketA.CloseStatus);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socketB.CloseStatus);
    }

    [Fact]
    public async Task MalformedBodyIs403WithStatusCode37()
    {
        using var response = await Client.SendAsync(HttpMethod.Post, $"/rest/version/1/user/{Alice}/subscription", Basic(), "{not json");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(37, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["subscribeResponse"]!["statusCode"]!.GetValue<int>());
    }

    private static Action<HttpRequestMessage> Basic() => LinkClient.Basic(Alice, "Alice-Pass-1");
}
