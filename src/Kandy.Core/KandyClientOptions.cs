// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net.Security;
using Kandy.Core.Configuration;
using Kandy.Core.Logging;

namespace Kandy.Core;

/// <summary>
/// The configuration of one <see cref="KandyClient"/>: the keys of the SDK's <c>create(config)</c> that apply to a
/// non-browser client, with the SDK's defaults (01-session.md §2), plus the engine's host services.
/// </summary>
public sealed class KandyClientOptions
{
    /// <summary>Gets the REST server address (<c>authentication.server</c>).</summary>
    public KandyServerOptions Server { get; init; } = new();

    /// <summary>Gets the subscription-related authentication keys (<c>authentication.*</c>).</summary>
    public KandyAuthenticationOptions Authentication { get; init; } = new();

    /// <summary>Gets the subscription keys (<c>subscription.*</c>), including the WebSocket address.</summary>
    public KandySubscriptionOptions Subscription { get; init; } = new();

    /// <summary>Gets the WebSocket connectivity keys (<c>connectivity.*</c>).</summary>
    public KandyConnectivityOptions Connectivity { get; init; } = new();

    /// <summary>Gets the notification keys (<c>notifications.*</c>).</summary>
    public KandyNotificationOptions Notifications { get; init; } = new();

    /// <summary>Gets the request keys (<c>request.*</c>).</summary>
    public KandyRequestOptions Request { get; init; } = new();

    /// <summary>Gets or sets the minimum level delivered to <see cref="LogSink"/> (<c>logs.logLevel</c>). Default <see cref="KandyLogLevel.Debug"/>.</summary>
    public KandyLogLevel LogLevel { get; set; } = KandyLogLevel.Debug;

    /// <summary>Gets or sets where log entries go (<c>logs.handler</c>); none when null.</summary>
    public IKandyLogSink? LogSink { get; set; }

    /// <summary>Gets or sets the clock of every timer (refresh, back-off, pings). Default the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets a validator of server certificates for HTTPS and WSS, e.g. to trust a local emulator's
    /// self-signed certificate. Null (the default) uses the system's trust.
    /// </summary>
    public RemoteCertificateValidationCallback? ServerCertificateValidationCallback { get; set; }

    /// <summary>
    /// Points REST and the notification WebSocket at one origin, e.g. <c>https://link.example.net:443</c> or a local
    /// emulator's <c>http://127.0.0.1:41234</c>: the scheme, host, port and path of <paramref name="server"/> become the
    /// REST address, and the WebSocket uses the same host and port with <c>wss</c> (or <c>ws</c> for <c>http</c>).
    /// </summary>
    /// <param name="server">An absolute <c>http</c> or <c>https</c> URI.</param>
    /// <returns>These options, for chaining.</returns>
    public KandyClientOptions UseServer(Uri server)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (!server.IsAbsoluteUri || (server.Scheme != Uri.UriSchemeHttp && server.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The server must be an absolute http or https URI.", nameof(server));
        }

        Server.Protocol = server.Scheme;
        Server.Host = server.Host;
        Server.Port = server.Port;
        Server.BasePath = server.AbsolutePath.TrimEnd('/');
        Subscription.WebSocket.Protocol = server.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        Subscription.WebSocket.Server = server.Host;
        Subscription.WebSocket.Port = server.Port;
        return this;
    }

    /// <summary>Makes a deep copy, as the SDK does with the application's configuration.</summary>
    /// <returns>The copy.</returns>
    public KandyClientOptions Clone() => new()
    {
        Server = Server.Clone(),
        Authentication = Authentication.Clone(),
        Subscription = Subscription.Clone(),
        Connectivity = Connectivity.Clone(),
        Notifications = Notifications.Clone(),
        Request = Request.Clone(),
        LogLevel = LogLevel,
        LogSink = LogSink,
        TimeProvider = TimeProvider,
        ServerCertificateValidationCallback = ServerCertificateValidationCallback,
    };
}
