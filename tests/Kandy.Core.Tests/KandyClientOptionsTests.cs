// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Tests;

[Trait("Category", "Unit")]
public sealed class KandyClientOptionsTests
{
    [Fact]
    public void DefaultsAreTheSdks()
    {
        var options = new KandyClientOptions();
        Assert.Equal(("https", 443, "1"), (options.Server.Protocol, options.Server.Port, options.Server.Version));
        Assert.Equal(("wss", 443), (options.Subscription.WebSocket.Protocol, options.Subscription.WebSocket.Port));
        Assert.Equal(TimeSpan.FromSeconds(3600), options.Subscription.Expires);
        Assert.Equal(3, options.Subscription.ServiceUnavailableMaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Connectivity.PingInterval);
        Assert.Equal((5, 5000d, 1d, 640000d), (options.Connectivity.ReconnectLimit, options.Connectivity.ReconnectDelay.TotalMilliseconds, options.Connectivity.ReconnectTimeMultiplier, options.Connectivity.ReconnectTimeLimit.TotalMilliseconds));
        Assert.Equal(100, options.Notifications.IdCacheLength);
        Assert.Equal(Logging.KandyLogLevel.Debug, options.LogLevel);
        Assert.True(options.Request.InjectAgentVersionHeader);
    }

    [Fact]
    public void UseServerSetsRestAndWebSocketFromOneOrigin()
    {
        var options = new KandyClientOptions().UseServer(new Uri("http://127.0.0.1:41234"));
        Assert.Equal(("http", "127.0.0.1", 41234, string.Empty), (options.Server.Protocol, options.Server.Host, options.Server.Port, options.Server.BasePath));
        Assert.Equal(("ws", "127.0.0.1", 41234), (options.Subscription.WebSocket.Protocol, options.Subscription.WebSocket.Server, options.Subscription.WebSocket.Port));

        var secure = new KandyClientOptions().UseServer(new Uri("https://link.example.net/kandy/"));
        Assert.Equal(("wss", 443, "/kandy"), (secure.Subscription.WebSocket.Protocol, secure.Server.Port, secure.Server.BasePath));
        Assert.Throws<ArgumentException>(() => new KandyClientOptions().UseServer(new Uri("ftp://x")));
    }

    [Fact]
    public void CloneIsDeep()
    {
        var options = new KandyClientOptions();
        options.Authentication.Services.Add("call");
        var copy = options.Clone();
        copy.Server.Host = "other";
        copy.Authentication.Services.Add("IM");
        copy.Subscription.WebSocket.Port = 1;
        Assert.Null(options.Server.Host);
        Assert.Equal(["call"], options.Authentication.Services);
        Assert.Equal(443, options.Subscription.WebSocket.Port);
    }
}
