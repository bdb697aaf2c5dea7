// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Configuration;

/// <summary><c>config.subscription</c> (01-session.md §2.3).</summary>
public sealed class KandySubscriptionOptions
{
    /// <summary>Gets or sets the requested subscription lifetime. Default one hour; sent in whole seconds.</summary>
    public TimeSpan Expires { get; set; } = TimeSpan.FromSeconds(3600);

    /// <summary>Gets or sets how many extra subscribe attempts are made while the server answers 503 with a retry delay. Default 3.</summary>
    public int ServiceUnavailableMaxRetries { get; set; } = 3;

    /// <summary>Gets the notification WebSocket address.</summary>
    public KandyWebSocketOptions WebSocket { get; init; } = new();

    internal KandySubscriptionOptions Clone() => new()
    {
        Expires = Expires,
        ServiceUnavailableMaxRetries = ServiceUnavailableMaxRetries,
        WebSocket = WebSocket.Clone(),
    };
}
