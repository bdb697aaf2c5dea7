// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Auth;
using Kandy.Core.Connectivity;
using Kandy.Core.Events;
using Kandy.Core.Subscriptions;
using Kandy.Core.Tests.Support;

namespace Kandy.Core.Tests.Auth;

/// <summary>setCredentials + subscribe in every credential mode against the emulator (01-session.md §4).</summary>
[Collection("emulator")]
[Trait("Category", "Integration")]
public sealed class CredentialModesTests : IAsyncLifetime
{
    private readonly EmulatorFixture emulator;

    public CredentialModesTests(EmulatorFixture emulator) => this.emulator = emulator;

    public Task InitializeAsync() => emulator.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("password")]
    [InlineData("bearer")]
    [InlineData("access")]
    [InlineData("hmac")]
    public async Task EveryModeSubscribesAndOpensTheSocket(string mode)
    {
        var user = emulator.Host.Users[0];
        var secret = mode == "password" ? user.Password : await emulator.Control.IssueTokenAsync(user.UserName, mode);
        KandyCredential credential = mode switch
        {
            "password" => Session.Password(emulator.Host),
            "bearer" => new KandyBearerTokenCredential(user.UserName, secret),
            "access" => new KandyAccessTokenCredential(user.UserName, secret),
            _ => new KandyHmacCredential(user.UserName, secret),
        };
        await using var session = Session.Create(emulator.Host);

        session.Client.SetCredentials(credential);
        var info = await session.Client.SubscribeAsync(["call", "IM"], null, CancellationToken.None);

        Assert.Equal(KandySubscriptionStatus.Full, info.Status);
        Assert.Equal(["call", "IM"], info.Subscribed);
        Assert.Equal(KandyConnectionState.Connected, session.Client.GetConnection().State);
        Assert.Equal(user.UserName, session.Client.GetUserInfo().Username);
        await session.Client.DrainEventsAsync();
        Assert.Equal(
            ["auth:change", "subscription:change", "ws:change", "ws:change", "subscription:change"],
            session.Events.Names);

        var post = Assert.Single(await emulator.Control.RequestsAsync("POST", "/subscription"));
        Assert.Equal("link-js-sdk/5.2.0", Header(post, "X-Cpaas-Agent"));
        Assert.Equal("application/json", Header(post, "Accept"));
        Assert.StartsWith("application/json", Header(post, "Content-Type"), StringComparison.Ordinal);

        // The HMAC swap (§4.3): later requests carry x-session, never x-token.
        await session.Client.UnsubscribeAsync(["call", "IM"], CancellationToken.None);
        var delete = Assert.Single(await emulator.Control.RequestsAsync("DELETE", "/subscription"));
        Assert.Equal(mode == "hmac", Header(delete, "x-session") is not null);
        Assert.Null(Header(delete, "x-token"));
        Assert.Equal(mode == "hmac", Header(post, "x-token") is not null);
        Assert.DoesNotContain(secret, session.Log.AllText(), StringComparison.Ordinal);
        Assert.Contains(session.Log.Entries, e => e.Category == "REQUEST");
    }

    [Fact]
    public async Task WrongPasswordFailsWithTheSdkCodesAndNeverShowsThePassword()
    {
        const string Secret = "Wr0ng-Pa55w0rd!";
        await using var session = Session.Create(emulator.Host);
        session.Client.SetCredentials(new KandyPasswordCredential(emulator.Host.Users[0].UserName, Secret));

        var error = await Assert.ThrowsAsync<KandyException>(() => session.Client.SubscribeAsync(["call"], null, CancellationToken.None));

        Assert.Equal(KandyErrorCode.LinkSubscribeFail, error.Code);
        Assert.Equal(403, error.HttpStatus);
        Assert.Equal("Failed to subscribe user. Status Code: 4.", error.Message);
        var requestError = await session.Events.WaitAsync(KandyEventNames.RequestError);
        var basic = (IReadOnlyDictionary<string, object?>)requestError.Payload["error"]!;
        Assert.Equal("authentication:1", basic["code"]);
        Assert.Equal("Authorization failed with server. Please check credentials. Status code: 4", basic["message"]);
        await session.Events.WaitAsync(KandyEventNames.SubscriptionError);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, session.Log.AllText(), StringComparison.Ordinal);
        Assert.NotEmpty(session.Log.Entries);
    }

    [Fact]
    public async Task ExpiredBearerTokenRaisesRequestErrorAndUpdateTokenRecovers()
    {
        var user = emulator.Host.Users[0].UserName;
        var first = await emulator.Control.IssueTokenAsync(user, "bearer");
        await using var session = Session.Create(emulator.Host);
        session.Client.SetCredentials(new KandyBearerTokenCredential(user, first));
        await session.Client.SubscribeAsync(["call"], null, CancellationToken.None);

        await emulator.Control.ExpireTokenAsync(first);
        var failure = await Assert.ThrowsAsync<KandyException>(() => session.Client.SubscribeAsync(["IM"], null, CancellationToken.None));
        Assert.Equal(KandyErrorCode.LinkUpdateSubscriptionFail, failure.Code);
        var requestError = await session.Events.WaitAsync(KandyEventNames.RequestError);
        Assert.Equal("authentication:1", ((IReadOnlyDictionary<string, object?>)requestError.Payload["error"]!)["code"]);

        var second = await emulator.Control.IssueTokenAsync(user, "bearer");
        session.Client.UpdateToken(new KandyBearerTokenCredential(user, second), refreshToken: "r-1");
        var info = await session.Client.SubscribeAsync(["IM"], null, CancellationToken.None);

        Assert.Equal(["call", "IM"], info.Subscribed);
        Assert.True(session.Client.GetUserInfo().HasRefreshToken);
        var puts = await emulator.Control.RequestsAsync("PUT", "/subscription");
        Assert.Equal(2, puts.Count);
        Assert.InRange(puts[0]["status"]!.GetValue<int>(), 401, 403);
        Assert.Equal(200, puts[1]["status"]!.GetValue<int>());
        Assert.DoesNotContain(first, session.Log.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(second, session.Log.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LegacyConnectSubscribesTheConfiguredServicesAndDisconnectForgetsTheSession()
    {
        await using var session = Session.Create(emulator.Host, o => o.Authentication.Services.Add("call"));

        var info = await session.Client.ConnectAsync(Session.Password(emulator.Host), null, CancellationToken.None);
        Assert.Equal(["call"], info.Subscribed);
        await session.Client.DisconnectAsync(CancellationToken.None);

        Assert.False(session.Client.GetSubscriptions().IsSubscribed);
        Assert.Null(session.Client.GetUserInfo().Username);
        Assert.Single(await emulator.Control.RequestsAsync("DELETE", "/subscription"));
    }

    [Fact]
    public async Task LegacyConnectWithoutServicesFailsWithMissingService()
    {
        await using var session = Session.Create(emulator.Host);
        var error = await Assert.ThrowsAsync<KandyException>(() => session.Client.ConnectAsync(Session.Password(emulator.Host), null, CancellationToken.None));
        Assert.Equal("authentication:12", error.SdkCode);
        await session.Events.WaitAsync(KandyEventNames.AuthError);
    }

    private static string? Header(System.Text.Json.Nodes.JsonNode entry, string name) =>
        entry["headers"]?.AsObject().FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.GetValue<string>();
}
