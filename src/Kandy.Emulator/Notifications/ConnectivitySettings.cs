// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Notifications;

/// <summary>Connectivity supervision of notification sockets (01-session.md §7.4, §7.7); changeable through the control API.</summary>
internal sealed class ConnectivitySettings
{
    /// <summary>Gets or sets how long a socket may stay silent before it is closed with 1001.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Gets or sets the server-ping period; null means the client is responsible (the SDK's default).</summary>
    public TimeSpan? ServerPingInterval { get; set; }
}
