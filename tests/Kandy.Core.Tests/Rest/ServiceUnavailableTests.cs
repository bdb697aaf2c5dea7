// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json.Nodes;
using Kandy.Core.Rest;

namespace Kandy.Core.Tests.Rest;

[Trait("Category", "Unit")]
public sealed class ServiceUnavailableTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void BodyRetryAfterIsMillisecondsAndWinsOverTheHeader()
    {
        using var response = Response("7");
        var body = ServiceUnavailable.Rewrite(JsonNode.Parse("""{"subscribeResponse":{"statusCode":503,"retryAfter":1500}}"""), response.Headers, Now);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), ServiceUnavailable.RetryDelay(body));
    }

    [Fact]
    public void HeaderSecondsAreConverted()
    {
        using var response = Response("7");
        var body = ServiceUnavailable.Rewrite(JsonNode.Parse("{}"), response.Headers, Now);
        Assert.Equal("""{"subscribeResponse":{"statusCode":503,"retryAfter":7000}}""", body.ToJsonString());
    }

    [Fact]
    public void HeaderDateIsMeasuredFromNow()
    {
        using var response = Response("Wed, 25 Nov 2026 10:00:30 GMT");
        var body = ServiceUnavailable.Rewrite(JsonNode.Parse("{}"), response.Headers, Now);
        Assert.Equal(TimeSpan.FromSeconds(30), ServiceUnavailable.RetryDelay(body));
    }

    [Fact]
    public void NoRetryValueBecomesStatus500()
    {
        using var response = Response(null);
        var body = ServiceUnavailable.Rewrite(JsonNode.Parse("""{"x":1}"""), response.Headers, Now);
        Assert.Equal("""{"subscribeResponse":{"statusCode":500}}""", body.ToJsonString());
        Assert.Null(ServiceUnavailable.RetryDelay(body));
    }

    private static HttpResponseMessage Response(string? retryAfter)
    {
        var response = new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable);
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    }
}
