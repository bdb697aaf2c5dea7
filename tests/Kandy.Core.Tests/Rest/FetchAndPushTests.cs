// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Notifications;
using Kandy.Core.Rest;
using Kandy.Core.Tests.Support;

namespace Kandy.Core.Tests.Rest;

/// <summary><c>request.fetch</c> (01-session.md §5.5) and push registration (§9) against the emulator.</summary>
[Collection("emulator")]
[Trait("Category", "Integration")]
public sealed class FetchAndPushTests : IAsyncLifetime
{
    private readonly EmulatorFixture emulator;

    public FetchAndPushTests(EmulatorFixture emulator) => this.emulator = emulator;

    public Task InitializeAsync() => emulator.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FetchReturnsTheRawAnswerWithTheSessionsCredentialsWinning()
    {
        await using var session = Session.Create(emulator.Host);
        var credential = Session.Password(emulator.Host);
        session.Client.SetCredentials(credential);
        var request = new KandyRestRequest { Path = $"rest/version/1/user/{credential.Username}/subscription", Method = "POST" };
        request.Headers["Authorization"] = "Basic bm9ib2R5Om5vdGhpbmc=";
        request.Headers["X-Custom"] = "kept";
        request.Body = """{"subscribeRequest":{"expires":60,"service":["IM"],"localization":"English_US","useTurn":true,"notificationType":"WebSocket","supported":["RingingFeedback"],"forceLogOut":"false"}}""";

        var response = await session.Client.FetchAsync(request, CancellationToken.None);

        Assert.True(response.IsSuccessStatusCode, response.Body);
        Assert.Equal("application/json", response.ContentType);
        var tree = Assert.IsType<Dictionary<string, object?>>(response.ParseJson());
        Assert.IsType<Dictionary<string, object?>>(tree["subscribeResponse"]);
        var sent = (await emulator.Control.RequestsAsync("POST", "/subscription")).Single();
        var headers = sent["headers"]!.AsObject();
        Assert.Equal("kept", headers.First(h => h.Key.Equals("X-Custom", StringComparison.OrdinalIgnoreCase)).Value!.GetValue<string>());
        Assert.DoesNotContain(headers, h => h.Key.Equals("X-Cpaas-Agent", StringComparison.OrdinalIgnoreCase));
        Assert.NotEqual("Basic bm9ib2R5Om5vdGhpbmc=", headers.First(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value!.GetValue<string>());
    }

    [Fact]
    public async Task FetchHandsBackErrorStatusesWithoutRaisingEvents()
    {
        await using var session = Session.Create(emulator.Host);
        session.Client.SetCredentials(new Kandy.Core.Auth.KandyPasswordCredential(emulator.Host.Users[0].UserName, "wrong"));

        var response = await session.Client.FetchAsync(new KandyRestRequest { Path = $"/rest/version/1/user/{emulator.Host.Users[0].UserName}/subscription", Method = "POST", Body = "{}" }, CancellationToken.None);

        Assert.InRange(response.StatusCode, 400, 499);
        await session.Client.DrainEventsAsync();
        Assert.Equal(["auth:change"], session.Events.Names);
    }

    [Fact]
    public async Task PushRegistrationReturnsThePathThatUnregisters()
    {
        await using var session = Session.Create(emulator.Host);
        session.Client.SetCredentials(Session.Password(emulator.Host));
        var request = new KandyPushRegistrationRequest { Platform = KandyPushPlatform.Google, BundleId = "com.example", DeviceToken = "fcm-1", ClientCorrelator = "dev-1" };
        request.Services.Add("call");

        var registration = await session.Client.RegisterPushAsync(request, CancellationToken.None);
        Assert.StartsWith($"/rest/version/1/user/{emulator.Host.Users[0].UserName}/push/google/devices/", registration, StringComparison.Ordinal);
        var post = (await emulator.Control.RequestsAsync("POST", "/push/google/devices/")).Single();
        Assert.Contains("\"bundleID\":\"com.example\"", post["body"]!.GetValue<string>(), StringComparison.Ordinal);

        await session.Client.UnregisterPushAsync(registration!, CancellationToken.None);
        Assert.Single(await emulator.Control.RequestsAsync("DELETE", "/push/google/devices/"));
    }
}
