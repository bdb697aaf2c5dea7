// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Text.Json.Nodes;
using Kandy.Emulator.Hosting;
using Kandy.Emulator.Tests.Support;

namespace Kandy.Emulator.Tests.Push;

public sealed class PushRegistrationTests : EmulatorTest
{

    [Fact]
    public async Task AppleRegistrationIsStoredPerUserAndCanBeRemoved()
    {
        using var register = await Client.SendAsync(HttpMethod.Post, $"/rest/version/1/user/{Alice}/push/apple/devices/", Basic(),
            """{"bundleID":"com.example.app","service":["call","IM"],"clientCorrelator":"iphone","realm":"r1","isProduction":false,"voipDeviceToken":"v1","standardDeviceToken":"s1"}""");
        var answer = JsonNode.Parse(await register.Content.ReadAsStringAsync())!["appleDeviceRegistrationResponse"]!;
        var path = answer["registration"]!.GetValue<string>();
        var stored = Assert.Single((await Client.ControlAsync(HttpMethod.Get, $"/users/{Alice}/push")).AsArray())!;
        var bobs = (await Client.ControlAsync(HttpMethod.Get, "/users/bob@kandy.test/push")).AsArray();

        using var unregister = await Client.SendAsync(HttpMethod.Delete, path, Basic());

        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        Assert.Equal(0, answer["statusCode"]!.GetValue<int>());
        Assert.Matches($"^/rest/version/1/user/{Alice}/push/apple/devices/[0-9a-f]+$", path);
        Assert.Equal("v1", stored["voipDeviceToken"]!.GetValue<string>());
        Assert.False(stored["isProduction"]!.GetValue<bool>());
        Assert.Empty(bobs);
        Assert.Equal(HttpStatusCode.NoContent, unregister.StatusCode);
        Assert.Empty((await Client.ControlAsync(HttpMethod.Get, $"/users/{Alice}/push")).AsArray());
    }

    [Fact]
    public async Task NotificationsToARegisteredUserLandInItsPushOutbox()
    {
        var before = await Client.ControlAsync(HttpMethod.Post, $"/users/{Alice}/notifications", new { eventType = "IM" });
        using var register = await Client.SendAsync(HttpMethod.Post, $"/rest/version/1/user/{Alice}/push/google/devices", Basic(),
            """{"bundleID":"app","service":["IM"],"clientCorrelator":"pixel","realm":"r","deviceToken":"fcm:2"}""");

        var sent = await Client.ControlAsync(HttpMethod.Post, $"/users/{Alice}/notifications", new { eventType = "IM" });
        var pushed = (await Client.ControlAsync(HttpMethod.Get, $"/users/{Alice}/pushed")).AsArray();

        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        var envelope = Assert.Single(pushed)!["notificationMessage"]!;
        Assert.Equal(sent["eventId"]!.GetValue<string>(), envelope["eventId"]!.GetValue<string>());
        Assert.NotEqual(before["eventId"]!.GetValue<string>(), envelope["eventId"]!.GetValue<string>());
    }

    [Fact]
    public async Task WrongPasswordUsesThePushWrapper()
    {
        using var register = await Client.SendAsync(HttpMethod.Post, $"/rest/version/1/user/{Alice}/push/google/devices/", LinkClient.Basic(Alice, "bad"), "{}");

        Assert.Equal(HttpStatusCode.Forbidden, register.StatusCode);
        Assert.Equal("""{"googleDeviceRegistrationResponse":{"statusCode":4}}""", await register.Content.ReadAsStringAsync());
    }

    private static Action<HttpRequestMessage> Basic() => LinkClient.Basic(Alice, "Alice-Pass-1");
}
