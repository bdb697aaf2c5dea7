// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Connectivity;

/// <summary>A snapshot of the notification WebSocket; the counterpart of the SDK's WSConnectionObject (01-session.md §7.5).</summary>
public sealed class KandyConnectionInfo
{
    /// <summary>Gets the derived socket state.</summary>
    public required KandyConnectionState State { get; init; }

    /// <summary>Gets a value indicating whether the socket is open.</summary>
    public bool Connected => State == KandyConnectionState.Connected;

    /// <summary>Gets the connectivity-check method in use.</summary>
    public required KandyConnectivityMethod Method { get; init; }

    /// <summary>Gets the client ping interval.</summary>
    public required TimeSpan PingInterval { get; init; }

    /// <summary>Gets the maximum attempts per connect cycle (0 = unlimited).</summary>
    public required int ReconnectLimit { get; init; }

    /// <summary>Gets the base reconnect delay.</summary>
    public required TimeSpan ReconnectDelay { get; init; }

    /// <summary>Gets the delay multiplier.</summary>
    public required double ReconnectTimeMultiplier { get; init; }

    /// <summary>Gets the delay limit.</summary>
    public required TimeSpan ReconnectTimeLimit { get; init; }

    /// <summary>Gets a value indicating whether lost sockets are reopened.</summary>
    public required bool AutoReconnect { get; init; }

    /// <summary>Gets the idle limit factor.</summary>
    public required int MaxMissedPings { get; init; }

    /// <summary>Gets the bearer-token mode of the WebSocket URL.</summary>
    public required KandyWebSocketOAuthMode WebSocketOAuthMode { get; init; }

    /// <summary>Gets a value indicating whether connectivity messages are sent.</summary>
    public required bool ConnectivityChecking { get; init; }

    /// <summary>Gets a value indicating whether notifications arriving on the WebSocket are processed.</summary>
    public required bool WebSocketNotificationsEnabled { get; init; }

    /// <summary>Gets the WebSocket URL without its credential query, when a socket was attempted.</summary>
    public Uri? Uri { get; init; }

    /// <summary>Gets when the current socket opened.</summary>
    public DateTimeOffset? LastContact { get; init; }
}
