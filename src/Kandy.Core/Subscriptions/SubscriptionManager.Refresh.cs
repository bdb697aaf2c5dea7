// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using Kandy.Core.Logging;
using Kandy.Core.Rest;

namespace Kandy.Core.Subscriptions;

/// <summary>The refresh timer and PUT of 01-session.md §6.5.</summary>
internal sealed partial class SubscriptionManager
{
    private void ScheduleRefresh(int attempt)
    {
        Task wait;
        CancellationToken token;
        TimeSpan delay;
        lock (gate)
        {
            StopRefreshLocked();
            if (current is null)
            {
                return;
            }

            delay = RefreshTiming.Delay(current.ExpiresSeconds, attempt, random.NextDouble());
            refresh = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
            token = refresh.Token;

            // The timer is started before NextRefresh becomes visible, so a reader of NextRefresh can rely on it.
            wait = Task.Delay(delay, clock, token);
            nextRefresh = clock.GetUtcNow() + delay;
        }

        Log.RefreshScheduled(logger, attempt, delay.TotalMilliseconds);
        _ = RefreshAfterAsync(wait, attempt, token);
    }

    private void StopRefreshLocked()
    {
        refresh?.Cancel();
        refresh = null;
        nextRefresh = null;
    }

    private async Task RefreshAfterAsync(Task wait, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            await wait.ConfigureAwait(false);
            await operations.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            SubscriptionRecord? existing;
            lock (gate)
            {
                existing = cancellationToken.IsCancellationRequested ? null : current;
            }

            if (existing is not null && credentials.Current is { } record)
            {
                await RefreshAsync(record, existing, attempt).ConfigureAwait(false);
            }
        }
        finally
        {
            operations.Release();
        }
    }

    private async Task RefreshAsync(Auth.ConnectionRecord record, SubscriptionRecord existing, int attempt)
    {
        var result = await requests.SendAsync(HttpMethod.Put, SubscribeRequests.UpdateUrl(record, existing), SubscribeRequests.UpdateBody(existing, existing.Granted), RequestKind.Main, lifetime.Token).ConfigureAwait(false);
        var response = result.Body?["subscribeResponse"];
        var code = StatusCodes.AsInt(response?["statusCode"]);
        KandyException? error = null;
        var gone = false;
        if (result.Error == RestErrorKind.Fetch || (result.IsError && result.Body is null) || result.ExceptionName is not null)
        {
            error = new KandyException(KandyErrorCode.LinkUpdateSubscriptionFail, $"Update subscription request failed.: {result.Message}.", result.Status, innerException: result.Exception);
        }
        else if (result.IsError && result.Status == 404 && code == 39)
        {
            error = new KandyException(KandyErrorCode.SubscriptionGone, "Subscription no longer exists. Code 39.", 404, 39);
            gone = true;
        }
        else if (result.IsError)
        {
            error = new KandyException(KandyErrorCode.LinkUpdateSubscriptionFail, $"Failed to update user subscription with status code {Text(code)}.", result.Status, code);
        }
        else if (code is not (0 or 2) || response?["subscriptionParams"]?["service"] is null)
        {
            error = new KandyException(KandyErrorCode.LinkUpdateSubscriptionFail, $"Unknown error; statusCode: {Text(code)}.", result.Status, code);
        }

        Log.Refreshed(logger, attempt, error is null, error?.Message);
        if (!gone)
        {
            ScheduleRefresh(error is null ? 1 : attempt + 1);
        }

        events.SubscriptionRefreshed(attempt, error);
        if (gone)
        {
            EndLocally(KandySubscriptionEndReason.Gone, null, closeSocket: true);
        }
    }

    private static string Text(int? code) => code?.ToString(CultureInfo.InvariantCulture) ?? "undefined";
}
