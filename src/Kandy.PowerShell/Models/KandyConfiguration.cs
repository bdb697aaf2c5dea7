// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core;

namespace Kandy.PowerShell.Models;

/// <summary>A session's configuration (the SDK's <c>getConfig</c>), flattened for reading.</summary>
public sealed class KandyConfiguration
{
    internal KandyConfiguration(KandySession session, KandyClientOptions options)
    {
        Session = session;
        Server = $"{options.Server.Protocol}://{options.Server.Host}:{options.Server.Port}";
        ApiVersion = options.Server.Version;
        WebSocketServer = $"{options.Subscription.WebSocket.Protocol}://{options.Subscription.WebSocket.Server}:{options.Subscription.WebSocket.Port}";
        Services = [.. options.Authentication.Services];
        SubscriptionExpires = options.Subscription.Expires;
        ServiceUnavailableMaxRetries = options.Subscription.ServiceUnavailableMaxRetries;
        PingInterval = options.Connectivity.PingInterval;
        ReconnectLimit = options.Connectivity.ReconnectLimit;
        ReconnectDelay = options.Connectivity.ReconnectDelay;
        ReconnectTimeMultiplier = options.Connectivity.ReconnectTimeMultiplier;
        ReconnectTimeLimit = options.Connectivity.ReconnectTimeLimit;
        AutoReconnect = options.Connectivity.AutoReconnect;
        MaxMissedPings = options.Connectivity.MaxMissedPings;
        ConnectivityChecking = options.Connectivity.CheckConnectivity;
        IdCacheLength = options.Notifications.IdCacheLength;
        InjectAgentVersionHeader = options.Request.InjectAgentVersionHeader;
        AgentVersionHeaderSuffix = options.Request.CustomAgentVersionHeaderSuffix;
        LogLevel = session.LogLevel;
    }

    /// <summary>The session.</summary>
    public KandySession Session { get; }

    /// <summary>REST server (protocol, host, port).</summary>
    public string Server { get; }

    /// <summary>REST API version segment.</summary>
    public string ApiVersion { get; }

    /// <summary>Notification WebSocket server.</summary>
    public string WebSocketServer { get; }

    /// <summary>Services requested at connect.</summary>
    public string[] Services { get; }

    /// <summary>Requested subscription lifetime.</summary>
    public TimeSpan SubscriptionExpires { get; }

    /// <summary>Extra subscribe attempts while the server answers 503.</summary>
    public int ServiceUnavailableMaxRetries { get; }

    /// <summary>Interval between keepalive messages.</summary>
    public TimeSpan PingInterval { get; }

    /// <summary>Attempts per reconnect cycle (0 = unlimited).</summary>
    public int ReconnectLimit { get; }

    /// <summary>Base delay between reconnect attempts.</summary>
    public TimeSpan ReconnectDelay { get; }

    /// <summary>Delay multiplier per failed attempt.</summary>
    public double ReconnectTimeMultiplier { get; }

    /// <summary>Upper bound of the reconnect delay.</summary>
    public TimeSpan ReconnectTimeLimit { get; }

    /// <summary>Whether a lost socket is reopened automatically.</summary>
    public bool AutoReconnect { get; }

    /// <summary>Missed pings after which the socket counts as lost.</summary>
    public int MaxMissedPings { get; }

    /// <summary>Whether keepalive messages are sent.</summary>
    public bool ConnectivityChecking { get; }

    /// <summary>Recent notification ids remembered for de-duplication.</summary>
    public int IdCacheLength { get; }

    /// <summary>Whether requests carry the agent version header.</summary>
    public bool InjectAgentVersionHeader { get; }

    /// <summary>Text appended to the agent version header.</summary>
    public string AgentVersionHeaderSuffix { get; }

    /// <summary>The session's log level.</summary>
    public KandyLogLevel LogLevel { get; }
}
