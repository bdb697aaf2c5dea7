// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Configuration;

/// <summary>Where the Kandy Link REST server is (<c>config.authentication.server</c>, 01-session.md §2.2, §3.1).</summary>
public sealed class KandyServerOptions
{
    /// <summary>Gets or sets the scheme, <c>https</c> (default) or <c>http</c>.</summary>
    public string Protocol { get; set; } = "https";

    /// <summary>Gets or sets the host name or IP address (<c>server.base</c>). Required.</summary>
    public string? Host { get; set; }

    /// <summary>Gets or sets the port; always written into URLs. Default 443.</summary>
    public int Port { get; set; } = 443;

    /// <summary>Gets or sets the REST API version segment. Default <c>"1"</c>.</summary>
    public string Version { get; set; } = "1";

    /// <summary>
    /// Gets or sets a path prefix put before every REST path, for a server behind a reverse proxy.
    /// Not an SDK key; empty (the default) gives the SDK's URLs.
    /// </summary>
    public string BasePath { get; set; } = string.Empty;

    internal KandyServerOptions Clone() => (KandyServerOptions)MemberwiseClone();
}
