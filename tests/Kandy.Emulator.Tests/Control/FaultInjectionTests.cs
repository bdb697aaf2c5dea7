// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using System.Net;
using Kandy.Emulator.Hosting;
using Kandy.Emulator.Tests.Support;

namespace Kandy.Emulator.Tests.Control;

public sealed class FaultInjectionTests : EmulatorTest
{
    private const string SubscriptionPath = "/rest/version/1/user/alice@kandy.test/subscription";

    [Fact]
    public async Task NextTwoSubscribesGet503WithRetryAfterThenTheThirdSucceeds()
    {
        await Client.ControlAsync(HttpMethod.Post, "/faults", new { count = 2, status = 503, retryAfter = 2, retryAfterMs = 1500, pathPrefix = SubscriptionPath });

        using var first = await Post();
        using var second = await Post();
        using var third = await Post();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal("2", first.Headers.GetValues("Retry-After").Single());
        Assert.Equal("application/json", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"subscribeResponse":{"statusCode":503,"retryAfter":1500}}""", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task FaultWithOtherPathPrefixLeavesSubscribeAlone()
    {
        await Client.ControlAsync(HttpMethod.Post, "/faults", new { status = 500, pathPrefix = "/rest/version/1/user/alice@kandy.test/push" });

        using var response = await Post();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HtmlFaultIsAnHtml403()
    {
        await Client.ControlAsync(HttpMethod.Post, "/faults", new { status = 403, html = true });

        using var response = await Post();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task DelayHoldsTheAnswerBack()
    {
        await Client.ControlAsync(HttpMethod.Post, "/delays", new { milliseconds = 400, count = 1 });
        var watch = Stopwatch.StartNew();

        using var delayed = await Post();
        var delayedTime = watch.Elapsed;
        watch.Restart();
        using var prompt = await Post();

        Assert.Equal(HttpStatusCode.OK, delayed.StatusCode);
        Assert.True(delayedTime >= TimeSpan.FromMilliseconds(380), $"answered after {delayedTime}");
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(380), $"second answer also delayed: {watch.Elapsed}");
    }

    [Fact]
    public async Task JournalCanBeCleared()
    {
        using var response = await Post();
        Assert.Single((await Client.ControlAsync(HttpMethod.Get, "/journal")).AsArray());

        await Client.ControlAsync(HttpMethod.Delete, "/journal");

        Assert.Empty((await Client.ControlAsync(HttpMethod.Get, "/journal")).AsArray());
    }

    [Fact]
    public async Task CorsPreflightAllowsTheSdkHeaders()
    {
        using var http = new HttpClient { BaseAddress = Emulator.Uri };
        using var preflight = new HttpRequestMessage(HttpMethod.Options, SubscriptionPath);
        preflight.Headers.Add("Origin", "http://app.example.test");
        preflight.Headers.Add("Access-Control-Request-Method", "PUT");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-cpaas-agent,x-token,x-session");

        using var response = await http.SendAsync(preflight);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("http://app.example.test", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-session", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("PUT", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Post() =>
        Client.SendAsync(HttpMethod.Post, SubscriptionPath, LinkClient.Basic(Alice, "Alice-Pass-1"), LinkClient.SubscribeBody(["call"]));
}
