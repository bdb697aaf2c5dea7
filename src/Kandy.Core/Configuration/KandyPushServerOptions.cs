// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Configuration;

/// <summary><c>config.notifications.pushRegistration</c>: each key set here replaces the REST server's value.</summary>
public sealed class KandyPushServerOptions
{
    /// <summary>Gets or sets the host.</summary>
    public string? Server { get; set; }

    /// <summary>Gets or sets the port.</summary>
    public int? Port { get; set; }

    /// <summary>Gets or sets the scheme.</summary>
    public string? Protocol { get; set; }

    /// <summary>Gets or sets the REST version segment.</summary>
    public string? Version { get; set; }

    internal KandyPushServerOptions Clone() => (KandyPushServerOptions)MemberwiseClone();
}
