// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Auth;
using Kandy.Core.Logging;
using Kandy.Core.Connectivity;
using Kandy.Core.Events;
using Kandy.Core.Notifications;
using Kandy.Core.Rest;
using Kandy.Core.Subscriptions;
using Kandy.Core.Transports;
using Microsoft.Extensions.Logging;

namespace Kandy.Core;

/// <summary>
/// One Kandy Link session: credentials, REST requests, the subscription and its notification WebSocket.
/// Behaves on the wire like the Kandy Link JavaScript SDK 5.2.0 (01-session.md).
/// </summary>
/// <remarks>
/// Events are raised in order on a background thread, after the state change they report, never under a lock;
/// a handler's exception is logged and swallowed.
/// </remarks>
public sealed partial class KandyClient : IAsyncDisposable
{
    /// <summary>The SDK version this engine mirrors; also used in the <c>X-Cpaas-Agent</c> header.</summary>
    public const string SdkVersion = "5.2.0";

    private readonly object optionsGate = new();
    private readonly ILoggerFactory loggers;
    private readonly ILogger logger;
    private readonly EventBus eventBus;
    private readonly CredentialStore credentials = new();
    private readonly RequestPipeline requests;
    private readonly NotificationSocket socket;
    private readonly NotificationIntake intake;
    private readonly SubscriptionManager subscriptions;
    private readonly PushRegistrar push;
    private KandyClientOptions options;
    private bool legacyConnected;
    private int disposed;

    /// <summary>Initializes a new session. Nothing is sent until credentials are set and services subscribed.</summary>
    /// <param name="options">The configuration; deep-copied.</param>
    public KandyClient(KandyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Clone();
        loggers = SinkLoggerProvider.CreateFactory(options.LogSink, options.LogLevel, options.TimeProvider);
        logger = loggers.CreateLogger(LogCategories.Auth);
        eventBus = new EventBus(loggers.CreateLogger(LogCategories.Events));
        requests = new RequestPipeline(CurrentOptions, credentials, this, loggers);
        socket = new NotificationSocket(CurrentOptions, this, loggers);
        intake = new NotificationIntake(CurrentOptions, this, loggers);
        push = new PushRegistrar(CurrentOptions, credentials, requests);
        intake.SdpFetcher = push.FetchSdpAsync;
        socket.FrameReceived += intake.Enqueue;
        socket.GateChanged += enabled => intake.SetWebSocketEnabled(enabled, announce: false);
        subscriptions = new SubscriptionManager(CurrentOptions, credentials, requests, socket, intake, this, loggers);
    }

    /// <summary>Raised for every SDK event with its SDK name and parameter object.</summary>
    public event EventHandler<KandyEventArgs>? EventRaised;

    /// <summary><c>auth:change</c>: credentials were set, a token updated, or a legacy connect/disconnect progressed.</summary>
    public event EventHandler<KandyAuthenticationChangedEventArgs>? AuthenticationChanged;

    /// <summary><c>auth:error</c>: credentials were rejected locally or a legacy connect failed.</summary>
    public event EventHandler<KandyErrorEventArgs>? AuthenticationFailed;

    /// <summary><c>request:error</c>: the server answered 401, or 403 with a credential status code.</summary>
    public event EventHandler<KandyErrorEventArgs>? RequestFailed;

    /// <summary><c>subscription:change</c>.</summary>
    public event EventHandler<KandySubscriptionChangedEventArgs>? SubscriptionChanged;

    /// <summary><c>subscription:error</c>.</summary>
    public event EventHandler<KandyErrorEventArgs>? SubscriptionFailed;

    /// <summary><c>subscription:resub</c>: a refresh finished.</summary>
    public event EventHandler<KandySubscriptionRefreshedEventArgs>? SubscriptionRefreshed;

    /// <summary><c>ws:change</c>: the notification WebSocket changed state.</summary>
    public event EventHandler<KandyConnectionStateChangedEventArgs>? ConnectionStateChanged;

    /// <summary><c>notifications:change</c>: WebSocket notification processing was enabled or disabled.</summary>
    public event EventHandler<KandyNotificationsChangedEventArgs>? NotificationsChanged;

    /// <summary><c>notification:received</c>: a notification passed de-duplication and was delivered.</summary>
    public event EventHandler<KandyNotificationReceivedEventArgs>? NotificationReceived;

    /// <summary>Gets a copy of the current configuration (<c>getConfig()</c>).</summary>
    /// <returns>A deep copy.</returns>
    public KandyClientOptions GetOptions() => CurrentOptions().Clone();

    /// <summary>Changes the configuration (<c>updateConfig</c>); each feature reads the new values when it next needs them.</summary>
    /// <param name="update">Edits a copy of the current configuration.</param>
    public void UpdateOptions(Action<KandyClientOptions> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (optionsGate)
        {
            var next = options.Clone();
            update(next);
            options = next;
        }
    }

    /// <summary>Stores the credentials used by every later request (<c>setCredentials</c>); sends nothing. Raises <c>auth:change</c>.</summary>
    /// <param name="credential">The credentials.</param>
    public void SetCredentials(KandyCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        Log.ApiInvoked(logger, "setCredentials");
        ConnectionRecord record;
        try
        {
            record = ConnectionRecord.From(credential, CurrentOptions().Server.Clone());
        }
        catch (KandyException error)
        {
            Log.CredentialsInvalid(logger);
            ((ISessionEvents)this).AuthFailed(error);
            throw;
        }

        credentials.Set(record);
        Log.CredentialsSet(logger, record.Username, record.Mode.ToString());
        ((ISessionEvents)this).AuthChanged(legacyConnected);
    }

    /// <summary>
    /// Sets the credentials and subscribes the configured services (<see cref="Configuration.KandyAuthenticationOptions.Services"/>),
    /// like the SDK's legacy <c>connect</c>.
    /// </summary>
    /// <param name="credential">The credentials.</param>
    /// <param name="options">Subscribe options.</param>
    /// <param name="cancellationToken">Cancels the wait; a request already sent keeps running.</param>
    /// <returns>The subscription.</returns>
    /// <exception cref="KandyException">The subscription failed; <c>authentication:12</c> when no services are configured.</exception>
    public async Task<KandySubscriptionInfo> ConnectAsync(KandyCredential credential, KandySubscribeOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        Log.ApiInvoked(logger, "connect");
        ISessionEvents events = this;
        events.AuthChanged(legacyConnected);
        SetCredentials(credential);
        var services = CurrentOptions().Authentication.Services.ToList();
        if (services.Count == 0)
        {
            var missing = new KandyException(KandyErrorCode.MissingService, "No services found in configuration.");
            events.AuthFailed(missing);
            throw missing;
        }

        try
        {
            var info = await subscriptions.SubscribeAsync(services, options, cancellationToken).ConfigureAwait(false);
            legacyConnected = true;
            events.AuthChanged(true);
            return info;
        }
        catch (KandyException error)
        {
            Log.ConnectFailed(logger, error.Message);
            events.AuthFailed(error);
            throw;
        }
    }

    /// <summary>Ends a session opened with <see cref="ConnectAsync"/>: unsubscribes everything and forgets the credentials.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when done.</returns>
    public async Task DisconnectAsync(CancellationToken cancellationToken)
    {
        Log.ApiInvoked(logger, "disconnect");
        ISessionEvents events = this;
        events.AuthChanged(legacyConnected);
        if (!legacyConnected)
        {
            return;
        }

        var subscribed = subscriptions.Snapshot().Subscribed;
        if (subscribed.Count > 0)
        {
            try
            {
                await subscriptions.UnsubscribeAsync(subscribed, cancellationToken).ConfigureAwait(false);
            }
            catch (KandyException)
            {
                // Already reported as subscription:error; disconnect still forgets the session below.
            }
        }

        legacyConnected = false;
        credentials.Set(null);
        events.AuthChanged(false);
    }

    /// <summary>Replaces the token of a live session (<c>updateToken</c>); the socket keeps running and uses it at its next reconnection.</summary>
    /// <param name="credential">A <see cref="KandyBearerTokenCredential"/> or <see cref="KandyAccessTokenCredential"/>.</param>
    /// <param name="refreshToken">An optional refresh token, only remembered.</param>
    public void UpdateToken(KandyCredential credential, string? refreshToken = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        Log.ApiInvoked(logger, "updateToken");
        if (credentials.Current is null)
        {
            throw new KandyException(KandyErrorCode.None, "No credentials have been set; a token can only be updated on a session.");
        }

        if (credential is not (KandyBearerTokenCredential or KandyAccessTokenCredential))
        {
            Log.TokenUpdateIgnored(logger);
        }
        else
        {
            Log.TokenUpdated(logger, credential.GetType().Name);
        }

        credentials.Update(record => record.WithToken(credential, refreshToken is not null));
        ((ISessionEvents)this).AuthChanged(legacyConnected);
    }

    /// <summary>Gets the user info (<c>getUserInfo</c>).</summary>
    /// <returns>The user name and which tokens were handed in.</returns>
    public KandyUserInfo GetUserInfo() => credentials.Current is { } record
        ? new KandyUserInfo { Username = record.Username, HasAccessToken = record.AccessToken is not null || record.BearerAccessToken is not null, HasRefreshToken = record.HasRefreshToken }
        : new KandyUserInfo();

    /// <summary>
    /// Subscribes services (<c>services.subscribe</c>): the first call creates the subscription and opens the
    /// notification WebSocket, later calls add services.
    /// </summary>
    /// <param name="services">Service names, e.g. <c>call</c>, <c>IM</c>, <c>Presence</c>.</param>
    /// <param name="options">Subscribe options.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The subscription once established (socket open).</returns>
    /// <exception cref="KandyException">The subscription failed; the same error is raised as <c>subscription:error</c>.</exception>
    public Task<KandySubscriptionInfo> SubscribeAsync(IEnumerable<string> services, KandySubscribeOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        Log.ApiInvoked(logger, "services.subscribe");
        return subscriptions.SubscribeAsync(services.ToList(), options, cancellationToken);
    }

    /// <summary>Unsubscribes services (<c>services.unsubscribe</c>); all of them deletes the subscription and closes the socket.</summary>
    /// <param name="services">Service names.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The subscription after the change.</returns>
    /// <exception cref="KandyException"><c>authentication:3</c> when nothing matching is subscribed; <c>authentication:6</c> when an update failed.</exception>
    public Task<KandySubscriptionInfo> UnsubscribeAsync(IEnumerable<string> services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        Log.ApiInvoked(logger, "services.unsubscribe");
        return subscriptions.UnsubscribeAsync(services.ToList(), cancellationToken);
    }

    /// <summary>Gets the subscription (<c>services.getSubscriptions</c>).</summary>
    /// <returns>A snapshot.</returns>
    public KandySubscriptionInfo GetSubscriptions() => subscriptions.Snapshot();

    /// <summary>Gets the notification WebSocket's state (<c>connection.getSocketState</c>).</summary>
    /// <returns>A snapshot.</returns>
    public KandyConnectionInfo GetConnection() => socket.Snapshot(intake.WebSocketEnabled);

    /// <summary>Turns connectivity messages on or off (<c>connection.enableConnectivityChecking</c>).</summary>
    /// <param name="enable">Whether to send them.</param>
    public void EnableConnectivityChecking(bool enable) => socket.EnableConnectivityChecking(enable);

    /// <summary>Declares the socket lost so that it is reopened (<c>connection.resetConnection</c>); no effect when not connected.</summary>
    public void ResetConnection() => socket.Reset();

    /// <summary>Turns processing of WebSocket notifications on or off (<c>notification.enableWebsocket</c>). Raises <c>notifications:change</c>.</summary>
    /// <param name="enable">Whether to process them.</param>
    public void EnableWebSocketNotifications(bool enable) => intake.SetWebSocketEnabled(enable, announce: true);

    /// <summary>Processes a notification received outside the WebSocket, e.g. by push (<c>notification.process</c>).</summary>
    /// <param name="notificationJson">The envelope, the JSON object holding <c>notificationMessage</c>.</param>
    /// <param name="channel">The channel it came on. Default push.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the notification was processed or dropped.</returns>
    public Task ProcessNotificationAsync(string notificationJson, KandyNotificationChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notificationJson);
        return intake.ProcessAsync(notificationJson, channel, cancellationToken);
    }

    /// <summary>Registers a device for push notifications (<c>notification.registerApplePush</c> / <c>registerAndroidPush</c>).</summary>
    /// <param name="request">The registration.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The server's registration path, to pass to <see cref="UnregisterPushAsync"/>.</returns>
    /// <exception cref="KandyException">The registration failed.</exception>
    public Task<string?> RegisterPushAsync(KandyPushRegistrationRequest request, CancellationToken cancellationToken) =>
        push.RegisterAsync(request, cancellationToken);

    /// <summary>Removes a push registration (<c>notification.unregisterApplePush</c> / <c>unregisterAndroidPush</c>).</summary>
    /// <param name="registration">The path returned by <see cref="RegisterPushAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when done.</returns>
    /// <exception cref="KandyException">The server refused.</exception>
    public Task UnregisterPushAsync(string registration, CancellationToken cancellationToken) =>
        push.UnregisterAsync(registration, cancellationToken);

    /// <summary>Sends a custom REST request with the session's credentials (<c>request.fetch</c>) and returns the raw answer.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer, whatever its status.</returns>
    /// <exception cref="KandyException">No answer (network failure).</exception>
    public Task<KandyRestResponse> FetchAsync(KandyRestRequest request, CancellationToken cancellationToken) =>
        requests.FetchAsync(request, cancellationToken);

    /// <summary>Ends the session locally (<c>destroy</c>): stops timers, closes the socket; sends no unsubscribe.</summary>
    /// <returns>A task that completes when everything stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await subscriptions.DisposeAsync().ConfigureAwait(false);
        await socket.DisposeAsync().ConfigureAwait(false);
        await intake.DisposeAsync().ConfigureAwait(false);
        await eventBus.DisposeAsync().ConfigureAwait(false);
        requests.Dispose();
        loggers.Dispose();
    }

    /// <summary>Gets the request pipeline, for features that send REST requests.</summary>
    internal RequestPipeline Requests => requests;

    /// <summary>Gets the notification intake, where features register their handlers.</summary>
    internal NotificationIntake Notifications => intake;

    /// <summary>Gets the stored credentials and server.</summary>
    internal CredentialStore Credentials => credentials;

    /// <summary>Gets the subscription (for example its TURN credentials).</summary>
    internal SubscriptionManager Subscriptions => subscriptions;

    /// <summary>Waits until every event raised so far was delivered to its handlers.</summary>
    internal Task DrainEventsAsync() => eventBus.DrainAsync();

    private KandyClientOptions CurrentOptions()
    {
        lock (optionsGate)
        {
            return options;
        }
    }
}
