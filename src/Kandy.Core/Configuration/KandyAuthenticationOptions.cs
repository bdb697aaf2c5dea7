// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Configuration;

/// <summary>The subscription-related keys of <c>config.authentication</c> (01-session.md §2.2).</summary>
public sealed class KandyAuthenticationOptions
{
    /// <summary>Gets or sets a value indicating whether the subscribe URL uses the <c>anonymous</c> segment.</summary>
    public bool IsAnonymous { get; set; }

    /// <summary>Gets or sets the <c>localization</c> sent when subscribing. Default <c>English_US</c>.</summary>
    public string Localization { get; set; } = "English_US";

    /// <summary>Gets or sets the <c>notificationType</c> sent when subscribing. Default <c>WebSocket</c>.</summary>
    public string NotificationType { get; set; } = "WebSocket";

    /// <summary>Gets the services subscribed by <see cref="KandyClient.ConnectAsync"/> (the legacy <c>subscription.service</c>).</summary>
    public IList<string> Services { get; init; } = new List<string>();

    internal KandyAuthenticationOptions Clone() => new()
    {
        IsAnonymous = IsAnonymous,
        Localization = Localization,
        NotificationType = NotificationType,
        Services = new List<string>(Services),
    };
}
