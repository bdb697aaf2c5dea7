// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using System.Text.Json.Nodes;
using Kandy.Core.Auth;
using Kandy.Core.Connectivity;
using Kandy.Core.Events;
using Kandy.Core.Logging;
using Kandy.Core.Notifications;
using Kandy.Core.Rest;
using Kandy.Core.Transports;
using Microsoft.Extensions.Logging;

namespace Kandy.Core.Subscriptions;

/// <summary>
/// The subscription lifecycle of 01-session.md §6: create (with the 503 retry loop), open the socket, refresh before
/// expiry, update, unsubscribe, and the server- or network-ended subscription. Operations run one at a time.
/// </summary>
internal sealed partial class SubscriptionManager : IAsyncDisposable
{
    private readonly SemaphoreSlim operations = new(1, 1);
    private readonly object gate = new();
    private readonly Func<KandyClientOptions> options;
    private readonly CredentialStore credentials;
    private readonly RequestPipeline requests;
    private readonly NotificationSocket socket;
    private readonly ISessionEvents events;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly Random random;
    private readonly CancellationTokenSource lifetime = new();

    private SubscriptionRecord? current;
    private bool pending;
    private bool unsubscribing;
    private CancellationTokenSource? refresh;
    private CancellationTokenSource? creating;
    private DateTimeOffset? nextRefresh;

    public SubscriptionManager(
        Func<KandyClientOptions> options,
        CredentialStore credentials,
        RequestPipeline requests,
        NotificationSocket socket,
        NotificationIntake intake,
        ISessionEvents events,
        ILoggerFactory loggers,
        Random? random = null)
    {
        this.options = options;
        this.credentials = credentials;
        this.requests = requests;
        this.socket = socket;
        this.events = events;
        this.random = random ?? Random.Shared;
        clock = options().TimeProvider;
        logger = loggers.CreateLogger(LogCategories.Subscription);
        socket.Ended += () => intake.After(() => EndLocally(KandySubscriptionEndReason.LostConnection, null, closeSocket: false));
        intake.Register("gone", OnGoneAsync);
        intake.Register("websocketOverridden", (_, _) => EndLocallyAsync(KandySubscriptionEndReason.WebSocketOverridden, null));
    }

    /// <summary>Gets the TURN credentials of the last create or update answer, for the call feature.</summary>
    public JsonObject? TurnCredentials { get; private set; }

    public KandySubscriptionInfo Snapshot()
    {
        lock (gate)
        {
            return SnapshotLocked();
        }
    }

    public async Task<KandySubscriptionInfo> SubscribeAsync(IReadOnlyList<string> services, KandySubscribeOptions? subscribe, CancellationToken cancellationToken)
    {
        RequireCredentials();
        if (services.Count == 0)
        {
            events.SubscriptionFailed(null);
            throw new KandyException(KandyErrorCode.None, "No services were given to subscribe.");
        }

        return await RunAsync(
            existing => existing is null
                ? CreateAsync(services, subscribe, cancellationToken)
                : UpdateAsync(existing, existing.Granted.Concat(services.Where(s => !existing.Granted.Contains(s, StringComparer.Ordinal))).ToList(), cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<KandySubscriptionInfo> UnsubscribeAsync(IReadOnlyList<string> services, CancellationToken cancellationToken)
    {
        RequireCredentials();
        lock (gate)
        {
            // An unsubscribe abandons a subscribe that has not finished (§6.4).
            creating?.Cancel();
        }

        return await RunAsync(
            async existing =>
            {
                if (existing is null)
                {
                    throw Failed(new KandyException(KandyErrorCode.LinkUnsubscribeFail, "No subscription found, can't unsubscribe."));
                }

                var remaining = existing.Granted.Where(s => !services.Contains(s, StringComparer.Ordinal)).ToList();
                if (remaining.Count == existing.Granted.Count)
                {
                    throw Failed(new KandyException(KandyErrorCode.LinkUnsubscribeFail, $"No subscription found for [{string.Join(',', services)}], can't unsubscribe."));
                }

                if (remaining.Count > 0)
                {
                    return await UpdateAsync(existing, remaining, cancellationToken).ConfigureAwait(false);
                }

                await DeleteAsync(existing, cancellationToken).ConfigureAwait(false);
                return Snapshot();
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one subscribe/unsubscribe operation: queued, marked pending, announced with <c>subscription:change</c>.</summary>
    private async Task<KandySubscriptionInfo> RunAsync(Func<SubscriptionRecord?, Task<KandySubscriptionInfo>> operation, CancellationToken cancellationToken)
    {
        await operations.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            SetPending(true);
            events.SubscriptionChanged(KandySubscriptionEndReason.None, null, Snapshot());
            SubscriptionRecord? existing;
            lock (gate)
            {
                existing = current;
            }

            return await operation(existing).ConfigureAwait(false);
        }
        finally
        {
            SetPending(false);
            operations.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await lifetime.CancelAsync().ConfigureAwait(false);
        lock (gate)
        {
            refresh?.Cancel();
            creating?.Cancel();
        }
    }

    private async Task<KandySubscriptionInfo> CreateAsync(IReadOnlyList<string> services, KandySubscribeOptions? subscribe, CancellationToken cancellationToken)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.Token);
        lock (gate)
        {
            creating = abandon;
        }

        SubscriptionRecord? created = null;
        try
        {
            created = await PostAsync(services, subscribe, abandon.Token).ConfigureAwait(false);
            TurnCredentials = created.Parameters["turnCredentials"] as JsonObject;
            var record = credentials.Current!;
            if (record.Mode == CredentialMode.Hmac && created.SessionId is { } sessionId)
            {
                credentials.Update(r => r.WithSession(sessionId));
                Log.HmacSwapped(logger);
            }

            var failure = await socket.ConnectAsync(() => SocketUri(created), abandon.Token).ConfigureAwait(false);
            if (failure is not null)
            {
                await SendDeleteAsync(created, CancellationToken.None).ConfigureAwait(false);
                events.SubscriptionChanged(KandySubscriptionEndReason.None, null, Snapshot());
                throw Failed(failure);
            }

            lock (gate)
            {
                creating = null;
                current = created;
            }

            Log.Subscribed(logger, string.Join(',', created.Granted), created.ExpiresSeconds ?? 0);
            ScheduleRefresh(1);
            var info = Snapshot();
            events.SubscriptionChanged(KandySubscriptionEndReason.None, null, info);
            return info;
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested && !cancellationToken.IsCancellationRequested && !lifetime.IsCancellationRequested)
        {
            // Abandoned by an unsubscribe: unlike the SDK, delete what the server already created (§13 item 9).
            if (created is not null)
            {
                await socket.CloseAsync().ConfigureAwait(false);
                await SendDeleteAsync(created, CancellationToken.None).ConfigureAwait(false);
            }

            throw new KandyException(KandyErrorCode.LinkSubscribeFail, "The subscribe was abandoned by an unsubscribe.");
        }
        finally
        {
            lock (gate)
            {
                if (creating == abandon)
                {
                    creating = null;
                }
            }
        }
    }

    /// <summary>The POST with the 503 retry loop of §6.4.</summary>
    private async Task<SubscriptionRecord> PostAsync(IReadOnlyList<string> services, KandySubscribeOptions? subscribe, CancellationToken cancellationToken)
    {
        var settings = options();
        var url = SubscribeRequests.CreateUrl(credentials.Current!, settings.Authentication.IsAnonymous);
        var body = SubscribeRequests.CreateBody(settings, services, subscribe);
        var attempts = 1 + Math.Max(settings.Subscription.ServiceUnavailableMaxRetries, 0);
        for (var attempt = 1; ; attempt++)
        {
            var result = await requests.SendAsync(HttpMethod.Post, url, body, RequestKind.Main, cancellationToken).ConfigureAwait(false);
            if (!result.IsError)
            {
                return SubscriptionRecord.From(result.Body, services)
                    ?? throw Failed(new KandyException(KandyErrorCode.LinkSubscribeFail, "Failed user subscription.", result.Status));
            }

            if (result.Status == 503 && ServiceUnavailable.RetryDelay(result.Body) is { } wait && attempt < attempts)
            {
                // The timer exists before the log line, so whoever sees the line can rely on it.
                var pause = Task.Delay(wait, clock, cancellationToken);
                Log.SubscribeRetry(logger, attempt, wait.TotalMilliseconds);
                await pause.ConfigureAwait(false);
                continue;
            }

            throw Failed(CreateError(result));
        }
    }

    private static KandyException CreateError(RestResult result)
    {
        if (result.Error == RestErrorKind.Fetch || result.Body is null || result.ExceptionName is not null)
        {
            return new KandyException(KandyErrorCode.LinkSubscribeFail, $"Subscribe request failed: {result.Message}.", result.Status, innerException: result.Exception);
        }

        var top = StatusCodes.AsInt(result.Body["statusCode"]);
        var code = top is not null and not 0 && StatusCodes.IsTruthy(result.Body["reason"]) ? top : StatusCodes.AsInt(result.Body["subscribeResponse"]?["statusCode"]);
        var text = code?.ToString(CultureInfo.InvariantCulture) ?? "undefined";
        return new KandyException(
            code == 503 ? KandyErrorCode.LinkSubscribeUnavailable : KandyErrorCode.LinkSubscribeFail,
            $"Failed to subscribe user. Status Code: {text}.",
            result.Status,
            code);
    }

    /// <summary>Adds or removes services with a PUT (§6.6); the stored subscription is replaced by the answer.</summary>
    private async Task<KandySubscriptionInfo> UpdateAsync(SubscriptionRecord existing, IReadOnlyList<string> services, CancellationToken cancellationToken)
    {
        var record = RequireCredentials();
        var result = await requests.SendAsync(HttpMethod.Put, SubscribeRequests.UpdateUrl(record, existing), SubscribeRequests.UpdateBody(existing, services), RequestKind.Main, cancellationToken).ConfigureAwait(false);
        var updated = result.IsError ? null : SubscriptionRecord.From(result.Body, services);
        var code = StatusCodes.AsInt(result.Body?["subscribeResponse"]?["statusCode"]);
        if (updated is null || code is not (0 or 2))
        {
            throw Failed(new KandyException(KandyErrorCode.LinkUpdateSubscriptionFail, "An error occurred.", result.Status, code, result.Exception));
        }

        lock (gate)
        {
            if (current is null)
            {
                throw Failed(new KandyException(KandyErrorCode.LinkUpdateSubscriptionFail, "An error occurred."));
            }

            current = updated;
        }

        TurnCredentials = result.Body?["subscribeResponse"]?["subscriptionParams"]?["turnCredentials"] as JsonObject ?? TurnCredentials;
        Log.Updated(logger, string.Join(',', updated.Granted));
        ScheduleRefresh(1);
        var info = Snapshot();
        events.SubscriptionChanged(KandySubscriptionEndReason.None, null, info);
        return info;
    }

    /// <summary>The full unsubscribe (§6.7): DELETE, answer ignored, then the client-side socket close.</summary>
    private async Task DeleteAsync(SubscriptionRecord existing, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            unsubscribing = true;
        }

        try
        {
            await SendDeleteAsync(existing, cancellationToken).ConfigureAwait(false);
            await socket.CloseAsync().ConfigureAwait(false);
            lock (gate)
            {
                if (current == existing)
                {
                    current = null;
                }

                StopRefreshLocked();
            }

            Log.Unsubscribed(logger);
            events.SubscriptionChanged(KandySubscriptionEndReason.None, null, Snapshot());
        }
        finally
        {
            lock (gate)
            {
                unsubscribing = false;
            }
        }
    }

    private async Task SendDeleteAsync(SubscriptionRecord subscription, CancellationToken cancellationToken)
    {
        if (credentials.Current is { } record)
        {
            await requests.SendAsync(HttpMethod.Delete, RequestPipeline.BaseUrl(record.Server) + subscription.Path, null, RequestKind.Main, cancellationToken).ConfigureAwait(false);
        }
    }

    private Uri SocketUri(SubscriptionRecord subscription)
    {
        var settings = options();
        var record = credentials.Current;
        var ws = settings.Subscription.WebSocket;
        var host = ws.Server ?? record?.Server.Host ?? settings.Server.Host ?? "null";
        var url = $"{ws.Protocol}://{host}:{ws.Port}{subscription.NotificationChannel}";
        string? query = null;
        if (record?.BearerAccessToken is { } bearer && settings.Connectivity.WebSocketOAuthMode == KandyWebSocketOAuthMode.Query)
        {
            query = QueryString.Build([new("access_token", bearer)]);
        }
        else if (record?.AccessToken is { } token)
        {
            query = QueryString.Build([new("token", token)]);
        }

        return new Uri(query is null ? url : QueryString.Append(url, query));
    }

    private Task OnGoneAsync(KandyNotification notification, CancellationToken cancellationToken) =>
        EndLocallyAsync(KandySubscriptionEndReason.Gone, JsonTree.FromNode(notification.Message["retryAfter"]));

    private async Task EndLocallyAsync(KandySubscriptionEndReason reason, object? retryAfter)
    {
        bool announce;
        lock (gate)
        {
            announce = current is not null && !unsubscribing;
        }

        await socket.CloseAsync().ConfigureAwait(false);
        if (announce)
        {
            EndLocally(reason, retryAfter, closeSocket: false);
        }
    }

    /// <summary>Forgets the subscription without a DELETE (§6.8).</summary>
    private void EndLocally(KandySubscriptionEndReason reason, object? retryAfter, bool closeSocket)
    {
        lock (gate)
        {
            if (current is null || unsubscribing)
            {
                return;
            }

            current = null;
            StopRefreshLocked();
        }

        if (closeSocket)
        {
            _ = socket.CloseAsync();
        }

        Log.Ended(logger, reason);
        events.SubscriptionChanged(reason, retryAfter, Snapshot());
    }

    private void SetPending(bool value)
    {
        lock (gate)
        {
            pending = value;
        }
    }

    private ConnectionRecord RequireCredentials() =>
        credentials.Current ?? throw new KandyException(KandyErrorCode.None, "No credentials have been set; set credentials before subscribing.");

    private KandyException Failed(KandyException error)
    {
        Log.OperationFailed(logger, error.SdkCode, error.Message);
        events.SubscriptionFailed(error);
        return error;
    }

    private KandySubscriptionInfo SnapshotLocked()
    {
        if (current is null)
        {
            return new KandySubscriptionInfo { IsPending = pending };
        }

        var (status, missing) = current.Grant();
        var granted = current.Granted;
        var map = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var name in granted)
        {
            map[name] = true;
        }

        foreach (var name in missing)
        {
            map[name] = false;
        }

        return new KandySubscriptionInfo
        {
            Subscribed = granted,
            IsPending = pending,
            Requested = current.Requested,
            Missing = missing,
            Status = status,
            Services = map,
            Expires = current.ExpiresSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Subscription = current.Path,
            NotificationChannel = current.NotificationChannel,
            ClientCorrelator = current.ClientCorrelator,
            NextRefresh = nextRefresh,
        };
    }
}
