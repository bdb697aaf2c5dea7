// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json.Nodes;
using Kandy.Core.Connectivity;
using Kandy.Core.Events;
using Kandy.Core.Subscriptions;
using Kandy.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Core.Tests.Subscriptions;

/// <summary>The subscription lifecycle of 01-session.md §6 against the emulator; timers on a fake clock.</summary>
[Collection("emulator")]
[Trait("Category", "Integration")]
public sealed class SubscriptionLifecycleTests : IAsyncLifetime
{
    private readonly EmulatorFixture emulator;
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    public SubscriptionLifecycleTests(EmulatorFixture emulator) => this.emulator = emulator;

    private string User => emulator.Host.Users[0].UserName;

    public Task InitializeAsync() => emulator.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RefreshHappensWithinTheSdkWindowAndSendsTheGrantedServices()
    {
        await using var session = await SubscribedAsync(o => o.Subscription.Expires = TimeSpan.FromSeconds(600));
        var subscribedAt = clock.GetUtcNow();
        var next = session.Client.GetSubscriptions().NextRefresh!.Value;

        // E = 600 s, n = 1: d = 300 000 ms, so the refresh comes between 240 s and 360 s.
        Assert.InRange((next - subscribedAt).TotalSeconds, 240, 360);
        clock.Advance(next - subscribedAt - TimeSpan.FromSeconds(1));
        await Task.Delay(100);
        Assert.Empty(await emulator.Control.RequestsAsync("PUT"));

        clock.Advance(TimeSpan.FromSeconds(1));
        var resub = await session.Events.WaitAsync(KandyEventNames.SubscriptionResub);
        Assert.Equal(1L, resub.Payload["attemptNum"]);
        Assert.Equal(false, resub.Payload["isFailure"]);
        var put = Assert.Single(await emulator.Control.RequestsAsync("PUT"));
        var body = JsonNode.Parse(put["body"]!.GetValue<string>())!["subscribeRequest"]!;
        Assert.Equal("""["call","IM"]""", body["service"]!.ToJsonString());
        Assert.Equal(600, body["expires"]!.GetValue<int>());
        Assert.Null(body["forceLogOut"]);
    }

    [Fact]
    public async Task AFailedRefreshRetriesSoonerWithAGrowingAttemptNumber()
    {
        await using var session = await SubscribedAsync(o => o.Subscription.Expires = TimeSpan.FromSeconds(3600));
        await emulator.Control.FailAsync(1, 500, pathPrefix: "/rest", method: "PUT", statusCode: 37);

        clock.Advance(TimeSpan.FromSeconds(2161));
        var failed = await session.Events.WaitAsync(KandyEventNames.SubscriptionResub);
        Assert.Equal(true, failed.Payload["isFailure"]);
        Assert.Equal("Failed to update user subscription with status code 37.", ((IReadOnlyDictionary<string, object?>)failed.Payload["error"]!)["message"]);

        // n = 2: d = 900 s, so the retry comes within 720–1080 s.
        var wait = session.Client.GetSubscriptions().NextRefresh!.Value - clock.GetUtcNow();
        Assert.InRange(wait.TotalSeconds, 720, 1080);
        clock.Advance(wait);
        var retried = await session.Events.WaitAsync(KandyEventNames.SubscriptionResub, 2);
        Assert.Equal(2L, retried.Payload["attemptNum"]);
        Assert.Equal(false, retried.Payload["isFailure"]);
    }

    [Fact]
    public async Task ServiceUnavailableIsRetriedAfterTheAnnouncedDelay()
    {
        await emulator.Control.FailAsync(2, 503, pathPrefix: "/rest", method: "POST", retryAfterMs: 1500);
        await using var session = Create();
        session.Client.SetCredentials(Session.Password(emulator.Host));

        var subscribe = session.Client.SubscribeAsync(["call"], null, CancellationToken.None);
        await WaitForRetryAsync(session, 1);
        clock.Advance(TimeSpan.FromMilliseconds(1499));
        await Task.Delay(100);
        Assert.Single(await emulator.Control.RequestsAsync("POST", "/subscription"));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForRetryAsync(session, 2);
        clock.Advance(TimeSpan.FromMilliseconds(1500));

        var info = await subscribe.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["call"], info.Subscribed);
        Assert.Equal(3, (await emulator.Control.RequestsAsync("POST", "/subscription")).Count);
    }

    [Fact]
    public async Task ServiceUnavailableOnEveryAttemptFailsWithUnavailableAfterTheRetryLimit()
    {
        await emulator.Control.FailAsync(10, 503, pathPrefix: "/rest", method: "POST", retryAfterSeconds: 2);
        await using var session = Create(o => o.Subscription.ServiceUnavailableMaxRetries = 2);
        session.Client.SetCredentials(Session.Password(emulator.Host));

        var subscribe = session.Client.SubscribeAsync(["call"], null, CancellationToken.None);
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            await WaitForRetryAsync(session, attempt);
            clock.Advance(TimeSpan.FromSeconds(2));
        }

        var error = await Assert.ThrowsAsync<KandyException>(() => subscribe.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(KandyErrorCode.LinkSubscribeUnavailable, error.Code);
        Assert.Equal("Failed to subscribe user. Status Code: 503.", error.Message);
        Assert.Equal(3, (await emulator.Control.RequestsAsync("POST", "/subscription")).Count);
    }

    [Fact]
    public async Task ServiceUnavailableWithoutADelayFailsAtOnceWithStatus500()
    {
        await emulator.Control.FailAsync(1, 503, pathPrefix: "/rest", method: "POST");
        await using var session = Create();
        session.Client.SetCredentials(Session.Password(emulator.Host));

        var error = await Assert.ThrowsAsync<KandyException>(() => session.Client.SubscribeAsync(["call"], null, CancellationToken.None));
        Assert.Equal("authentication:4", error.SdkCode);
        Assert.Equal("Failed to subscribe user. Status Code: 500.", error.Message);
    }

    [Fact]
    public async Task AddingAndRemovingServicesUpdatesWithPutAndTheLastServiceDeletes()
    {
        await using var session = await SubscribedAsync();

        var added = await session.Client.SubscribeAsync(["Presence", "call"], null, CancellationToken.None);
        Assert.Equal(["call", "IM", "Presence"], added.Subscribed);
        var removed = await session.Client.UnsubscribeAsync(["IM"], CancellationToken.None);
        Assert.Equal(["call", "Presence"], removed.Subscribed);
        var none = await Assert.ThrowsAsync<KandyException>(() => session.Client.UnsubscribeAsync(["IM"], CancellationToken.None));
        Assert.Equal("authentication:3", none.SdkCode);

        await session.Client.UnsubscribeAsync(["call", "Presence"], CancellationToken.None);
        Assert.False(session.Client.GetSubscriptions().IsSubscribed);
        Assert.Equal(KandyConnectionState.Disconnected, session.Client.GetConnection().State);
        Assert.Equal(2, (await emulator.Control.RequestsAsync("PUT", "/subscription")).Count);
        Assert.Single(await emulator.Control.RequestsAsync("DELETE", "/subscription"));
    }

    [Fact]
    public async Task WithheldServicesGivePartialStatus()
    {
        await emulator.Control.WithholdServicesAsync(User, "IM");
        await using var session = await SubscribedAsync();

        var info = session.Client.GetSubscriptions();
        Assert.Equal(KandySubscriptionStatus.Partial, info.Status);
        Assert.Equal(["IM"], info.Missing);
        Assert.False(info.Services["IM"]);
    }

    [Fact]
    public async Task GoneNotificationEndsTheSubscriptionWithItsRetryHint()
    {
        await using var session = await SubscribedAsync();

        await emulator.Control.EndSubscriptionsAsync(User, "gone", retryAfter: 30);
        var change = await session.Events.WaitAsync(KandyEventNames.SubscriptionChange, match: e => e.Payload["reason"] as string == "GONE");

        Assert.Equal(30L, change.Payload["retryAfter"]);
        Assert.False(session.Client.GetSubscriptions().IsSubscribed);
        Assert.Empty(await emulator.Control.RequestsAsync("DELETE"));
    }

    [Fact]
    public async Task OverriddenSocketEndsTheSubscriptionWithWsOverridden()
    {
        await using var session = await SubscribedAsync();

        await emulator.Control.EndSubscriptionsAsync(User, "websocketOverridden");
        await session.Events.WaitAsync(KandyEventNames.SubscriptionChange, match: e => e.Payload["reason"] as string == "WS_OVERRIDDEN");

        Assert.Equal(KandyConnectionState.Disconnected, session.Client.GetConnection().State);
        Assert.False(session.Client.GetSubscriptions().IsSubscribed);
        Assert.DoesNotContain(session.Events.Named(KandyEventNames.SubscriptionChange), e => e.Payload["reason"] as string == "LOST_CONNECTION");
    }

    [Fact]
    public async Task ARefreshAnswered404With39MeansTheSubscriptionIsGone()
    {
        await using var session = await SubscribedAsync(o => o.Subscription.Expires = TimeSpan.FromSeconds(60));
        await emulator.Control.FailAsync(1, 404, pathPrefix: "/rest", method: "PUT", statusCode: 39);

        clock.Advance(TimeSpan.FromSeconds(37));
        var resub = await session.Events.WaitAsync(KandyEventNames.SubscriptionResub);
        var change = await session.Events.WaitAsync(KandyEventNames.SubscriptionChange, match: e => e.Payload["reason"] as string == "GONE");

        var error = (IReadOnlyDictionary<string, object?>)resub.Payload["error"]!;
        Assert.Equal(39L, error["code"]);
        Assert.Equal("Subscription no longer exists. Code 39.", error["message"]);
        Assert.False(change.Payload.ContainsKey("retryAfter"));
        Assert.Null(session.Client.GetSubscriptions().NextRefresh);
        Assert.Empty(await emulator.Control.RequestsAsync("DELETE"));
    }

    [Fact]
    public async Task AnUnsubscribeAbandonsASubscribeThatIsWaitingToRetry()
    {
        await emulator.Control.FailAsync(1, 503, pathPrefix: "/rest", method: "POST", retryAfterMs: 5000);
        await using var session = Create();
        session.Client.SetCredentials(Session.Password(emulator.Host));

        var subscribe = session.Client.SubscribeAsync(["call"], null, CancellationToken.None);
        await WaitForRetryAsync(session, 1);
        var unsubscribe = await Assert.ThrowsAsync<KandyException>(() => session.Client.UnsubscribeAsync(["call"], CancellationToken.None));
        var abandoned = await Assert.ThrowsAsync<KandyException>(() => subscribe.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("authentication:3", unsubscribe.SdkCode);
        Assert.Equal("authentication:4", abandoned.SdkCode);
        clock.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(100);
        Assert.Single(await emulator.Control.RequestsAsync("POST", "/subscription"));
        Assert.False(session.Client.GetSubscriptions().IsSubscribed);
    }

    [Fact]
    public async Task EmptyServiceListRaisesTheBareErrorEvent()
    {
        await using var session = Create();
        session.Client.SetCredentials(Session.Password(emulator.Host));

        await Assert.ThrowsAsync<KandyException>(() => session.Client.SubscribeAsync([], null, CancellationToken.None));
        var error = await session.Events.WaitAsync(KandyEventNames.SubscriptionError);
        Assert.Equal(true, error.Payload["error"]);
        Assert.Empty(await emulator.Control.RequestsAsync("POST"));
    }

    private Session Create(Action<KandyClientOptions>? configure = null) => Session.Create(emulator.Host, o =>
    {
        o.TimeProvider = clock;
        configure?.Invoke(o);
    });

    private async Task<Session> SubscribedAsync(Action<KandyClientOptions>? configure = null)
    {
        var session = Create(configure);
        session.Client.SetCredentials(Session.Password(emulator.Host));
        await session.Client.SubscribeAsync(["call", "IM"], null, CancellationToken.None);
        return session;
    }

    /// <summary>Waits for the n-th "retrying" log line (event 4003), written once the retry timer runs.</summary>
    private static async Task WaitForRetryAsync(Session session, int count)
    {
        for (var i = 0; i < 500 && session.Log.Entries.Count(e => e.EventId == 4003) < count; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(count, session.Log.Entries.Count(e => e.EventId == 4003));
    }
}
