// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Connectivity;

namespace Kandy.Core.Configuration;

/// <summary><c>config.connectivity</c>: WebSocket liveness checks and reconnection (01-session.md §2.4).</summary>
public sealed class KandyConnectivityOptions
{
    /// <summary>Gets or sets the connectivity-check method. Default client keepalive.</summary>
    public KandyConnectivityMethod Method { get; set; } = new(KandyConnectivityType.KeepAlive, KandyResponsibleParty.Client);

    /// <summary>Gets or sets the interval between client pings. Default 30 s.</summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the maximum connection attempts per connect cycle; 0 means unlimited. Default 5.</summary>
    public int ReconnectLimit { get; set; } = 5;

    /// <summary>Gets or sets the base delay between attempts, also the per-attempt open timeout. Default 5 s.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the delay multiplier applied after each failed attempt. Default 1.</summary>
    public double ReconnectTimeMultiplier { get; set; } = 1;

    /// <summary>Gets or sets the upper bound of the delay. Default 640 s.</summary>
    public TimeSpan ReconnectTimeLimit { get; set; } = TimeSpan.FromMilliseconds(640000);

    /// <summary>Gets or sets a value indicating whether a lost WebSocket is reopened automatically. Default true.</summary>
    public bool AutoReconnect { get; set; } = true;

    /// <summary>Gets or sets the idle limit factor of the ping-pong and server-ping modes. Default 3.</summary>
    public int MaxMissedPings { get; set; } = 3;

    /// <summary>Gets or sets a value indicating whether the client sends connectivity messages at all. Default true.</summary>
    public bool CheckConnectivity { get; set; } = true;

    /// <summary>Gets or sets whether a bearer access token is put on the WebSocket URL. Default <see cref="KandyWebSocketOAuthMode.Query"/>.</summary>
    public KandyWebSocketOAuthMode WebSocketOAuthMode { get; set; } = KandyWebSocketOAuthMode.Query;

    internal KandyConnectivityOptions Clone() => (KandyConnectivityOptions)MemberwiseClone();
}
