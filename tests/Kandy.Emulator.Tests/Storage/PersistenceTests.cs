// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Kandy.Emulator.Hosting;
using Kandy.Emulator.Tests.Support;

namespace Kandy.Emulator.Tests.Storage;

public sealed class PersistenceTests : IDisposable
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "kandy-emulator-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RestartWithSameDataPathKeepsSubscriptionsTokensAndPushRegistrations()
    {
        string channel;
        string subscription;
        string token;
        string registration;
        int port;
        await using (var first = await EmulatorHost.StartAsync(new EmulatorOptions { DataPath = dataPath }))
        {
            port = first.Uri.Port;
            await using var client = LinkClient.For(first);
            token = await client.IssueTokenAsync("bob@kandy.test", "bearer");
            var answer = await client.SubscribeAsync("bob@kandy.test", LinkClient.Bearer(token), ["call", "IM"]);
            channel = answer["subscribeResponse"]!["subscriptionParams"]!["notificationChannel"]!.GetValue<string>();
            subscription = answer["subscribeResponse"]!["subscription"]!.GetValue<string>();
            using var push = await client.SendAsync(HttpMethod.Post, "/rest/version/1/user/bob@kandy.test/push/google/devices/", LinkClient.Bearer(token), """{"bundleID":"app","service":["call"],"clientCorrelator":"pixel","realm":"r","deviceToken":"fcm:1"}""");
            registration = JsonNode.Parse(await push.Content.ReadAsStringAsync())!["googleDeviceRegistrationResponse"]!["registration"]!.GetValue<string>();
        }

        await using var second = await EmulatorHost.StartAsync(new EmulatorOptions { DataPath = dataPath, Port = port });
        await using var again = LinkClient.For(second);
        await using var socket = await NotificationSocket.ConnectAsync(second.Uri, channel + "?access_token=" + token);
        using var refresh = await again.SendAsync(HttpMethod.Put, subscription, LinkClient.Bearer(token), LinkClient.SubscribeBody(["call", "IM"]));
        var pushes = (await again.ControlAsync(HttpMethod.Get, "/users/bob@kandy.test/push")).AsArray();
        using var unregister = await again.SendAsync(HttpMethod.Delete, registration, LinkClient.Bearer(token));

        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal("pixel", Assert.Single(pushes)!["clientCorrelator"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, unregister.StatusCode);
    }

    [Fact]
    public async Task WithoutDataPathARestartForgetsEverything()
    {
        string subscription;
        await using (var first = await EmulatorHost.StartAsync())
        {
            await using var client = LinkClient.For(first);
            subscription = (await client.SubscribeAsync(0))["subscribeResponse"]!["subscription"]!.GetValue<string>();
        }

        await using var second = await EmulatorHost.StartAsync();
        await using var again = LinkClient.For(second);
        using var refresh = await again.SendAsync(HttpMethod.Put, subscription, LinkClient.Basic("alice@kandy.test", "Alice-Pass-1"), LinkClient.SubscribeBody(["call"]));

        Assert.Equal(HttpStatusCode.NotFound, refresh.StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataPath))
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
