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
