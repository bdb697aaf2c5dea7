// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Configuration;

/// <summary>Where the notification WebSocket is (<c>config.subscription.websocket</c>, 01-session.md §2.3, §3.2).</summary>
public sealed class KandyWebSocketOptions
{
    /// <summary>
    /// Gets or sets the scheme. Default <c>wss</c>, which the SDK always uses on Link;
    /// <c>ws</c> is an engine extension for plain-text servers such as a local emulator.
    /// </summary>
    public string Protocol { get; set; } = "wss";

    /// <summary>Gets or sets the WebSocket host. When unset the REST host is used.</summary>
    public string? Server { get; set; }

    /// <summary>Gets or sets the WebSocket port. Default 443.</summary>
    public int Port { get; set; } = 443;

    internal KandyWebSocketOptions Clone() => (KandyWebSocketOptions)MemberwiseClone();
}
