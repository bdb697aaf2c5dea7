// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Text.Json.Nodes;
using Kandy.Emulator.Hosting;
using Kandy.Emulator.Tests.Support;

namespace Kandy.Emulator.Tests.Auth;

public sealed class CredentialTests : EmulatorTest
{
    private const string SubscriptionPath = "/rest/version/1/user/alice@kandy.test/subscription";

    [Fact]
    public async Task BasicWithRightPasswordSubscribes()
    {
        var answer = await Client.SubscribeAsync(Alice, LinkClient.Basic(Alice, "Alice-Pass-1"));

        Assert.Equal(0, answer["subscribeResponse"]!["statusCode"]!.GetValue<int>());
        Assert.Null(answer["subscribeResponse"]!["subscriptionParams"]!["sessionId"]);
    }

    [Fact]
    public async Task BasicWithWrongPasswordIs403WithStatusCode4()
    {
        await AssertRefusedAsync(LinkClient.Basic(Alice, "nope"), HttpStatusCode.Forbidden, "application/json", """{"subscribeResponse":{"statusCode":4}}""");
    }

    [Fact]
    public async Task BasicWithUnknownUserIs403Html()
    {
        using var response = await Client.SendAsync(HttpMethod.Post, SubscriptionPath, LinkClient.Basic("nobody@kandy.test", "x"), LinkClient.SubscribeBody(["call"]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task NoCredentialsIs401WithStatusCode27()
    {
        await AssertRefusedAsync(LinkClient.None, HttpStatusCode.Unauthorized, "application/json", """{"subscribeResponse":{"statusCode":27}}""");
    }

    [Fact]
    public async Task CredentialsOfAnotherUserAre403WithStatusCode27()
    {
        await AssertRefusedAsync(LinkClient.Basic("bob@kandy.test", "Bob-Pass-2"), HttpStatusCode.Forbidden, "application/json", """{"subscribeResponse":{"statusCode":27}}""");
    }

    [Fact]
    public async Task BearerValidTokenSubscribesRevokedIs401ExpiredIs403With65()
    {
        var token = await Client.IssueTokenAsync(Alice, "bearer");
        await Client.SubscribeAsync(Alice, LinkClient.Bearer(token));

        var expiring = await Client.IssueTokenAsync(Alice, "bearer");
        await Client.ControlAsync(HttpMethod.Post, "/tokens/expire", new { token = expiring });
        await AssertRefusedAsync(LinkClient.Bearer(expiring), HttpStatusCode.Forbidden, "application/json", """{"subscribeResponse":{"statusCode":65}}""");

        await Client.ControlAsync(HttpMethod.Post, "/tokens/revoke", new { token });
        await AssertRefusedAsync(LinkClient.Bearer(token), HttpStatusCode.Unauthorized, "application/json", """{"subscribeResponse":{"statusCode":27}}""");
    }

    [Fact]
    public async Task BearerUnknownTokenIs401()
    {
        await AssertRefusedAsync(LinkClient.Bearer("bt-made-up"), HttpStatusCode.Unauthorized, "application/json", """{"subscribeResponse":{"statusCode":27}}""");
    }

    [Fact]
    public async Task AccessTokenInQuerySubscribesAndGuardsTheSocket()
    {
        var token = await Client.IssueTokenAsync(Alice, "access");

        using var response = await Client.SendAsync(HttpMethod.Post, SubscriptionPath + "?token=" + token, LinkClient.None, LinkClient.SubscribeBody(["call"]));
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var channel = answer["subscribeResponse"]!["subscriptionParams"]!["notificationChannel"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Assert.ThrowsAnyAsync<System.Net.WebSockets.WebSocketException>(() => NotificationSocket.ConnectAsync(Emulator.Uri, channel));
        await using var socket = await NotificationSocket.ConnectAsync(Emulator.Uri, channel + "?token=" + token);
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task HmacSubscribeIssuesSessionWhichAuthenticatesLaterRequests()
    {
        var token = await Client.IssueTokenAsync(Alice, "hmac");

        var answer = await Client.SubscribeAsync(Alice, LinkClient.Header("x-token", token));
        var parameters = answer["subscribeResponse"]!["subscriptionParams"]!;
        var session = parameters["sessionId"]!.GetValue<string>();
        var path = answer["subscribeResponse"]!["subscription"]!.GetValue<string>();
        using var refresh = await Client.SendAsync(HttpMethod.Put, path, LinkClient.Header("x-session", session), LinkClient.SubscribeBody(["call", "IM", "Presence"]));
        using var forged = await Client.SendAsync(HttpMethod.Put, path, LinkClient.Header("x-session", "not-a-session"), LinkClient.SubscribeBody(["call"]));

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Null(JsonNode.Parse(await refresh.Content.ReadAsStringAsync())!["subscribeResponse"]!["subscriptionParams"]!["sessionId"]);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task JournalRecordsCredentialModeWithoutSecrets()
    {
        await Client.SubscribeAsync(Alice, LinkClient.Basic(Alice, "Alice-Pass-1"));

        var journal = (await Client.ControlAsync(HttpMethod.Get, "/journal")).AsArray();

        var entry = Assert.Single(journal)!;
        Assert.Equal("basic", entry["credentialMode"]!.GetValue<string>());
        Assert.Equal(Alice, entry["user"]!.GetValue<string>());
        Assert.Equal("Basic ***", entry["headers"]!["authorization"]!.GetValue<string>());
        Assert.Equal("link-js-sdk/5.2.0", entry["headers"]!["x-cpaas-agent"]!.GetValue<string>());
        Assert.DoesNotContain("Alice-Pass-1", journal.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task AssertRefusedAsync(Action<HttpRequestMessage> decorate, HttpStatusCode status, string mediaType, string body)
    {
        using var response = await Client.SendAsync(HttpMethod.Post, SubscriptionPath, decorate, LinkClient.SubscribeBody(["call"]));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }
}
