// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Connectivity;

namespace Kandy.PowerShell.Models;

/// <summary>The notification WebSocket of a session and its connectivity settings (Get-KandyConnection).</summary>
public sealed class KandyConnection
{
    internal KandyConnection(KandySession session, KandyConnectionInfo info)
    {
        Session = session;
        State = (KandyConnectionState)(int)info.State;
        Uri = info.Uri;
        LastContact = info.LastContact;
        ConnectivityChecking = info.ConnectivityChecking;
        WebSocketNotifications = info.WebSocketNotificationsEnabled;
        Method = info.Method.Type.ToString();
        ResponsibleParty = info.Method.ResponsibleParty.ToString();
        PingInterval = info.PingInterval;
        MaxMissedPings = info.MaxMissedPings;
        AutoReconnect = info.AutoReconnect;
        ReconnectLimit = info.ReconnectLimit;
        ReconnectDelay = info.ReconnectDelay;
        ReconnectTimeMultiplier = info.ReconnectTimeMultiplier;
        ReconnectTimeLimit = info.ReconnectTimeLimit;
    }

    /// <summary>The session this socket belongs to.</summary>
    public KandySession Session { get; }

    /// <summary>The socket's state.</summary>
    public KandyConnectionState State { get; }

    /// <summary>Whether the socket is open.</summary>
    public bool Connected => State == KandyConnectionState.Connected;

    /// <summary>The socket's URI, without its access token.</summary>
    public Uri? Uri { get; }

    /// <summary>When the server was last heard from.</summary>
    public DateTimeOffset? LastContact { get; }

    /// <summary>Whether keepalive/ping messages are sent.</summary>
    public bool ConnectivityChecking { get; }

    /// <summary>Whether notifications arrive over the WebSocket.</summary>
    public bool WebSocketNotifications { get; }

    /// <summary>The connectivity check method (KeepAlive or PingPong).</summary>
    public string Method { get; }

    /// <summary>Who sends the connectivity messages (Client or Server).</summary>
    public string ResponsibleParty { get; }

    /// <summary>Interval between connectivity messages.</summary>
    public TimeSpan PingInterval { get; }

    /// <summary>Missed pings after which the socket counts as lost.</summary>
    public int MaxMissedPings { get; }

    /// <summary>Whether a lost socket is reopened automatically.</summary>
    public bool AutoReconnect { get; }

    /// <summary>Attempts per reconnect cycle (0 = unlimited).</summary>
    public int ReconnectLimit { get; }

    /// <summary>Base delay between attempts.</summary>
    public TimeSpan ReconnectDelay { get; }

    /// <summary>Delay multiplier per failed attempt.</summary>
    public double ReconnectTimeMultiplier { get; }

    /// <summary>Upper bound of the delay.</summary>
    public TimeSpan ReconnectTimeLimit { get; }
}
