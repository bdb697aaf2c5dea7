// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Kandy.Core.Subscriptions;

/// <summary>Log messages of the subscription (event ids 4xxx).</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Debug, "HMAC token replaced by the session id.")]
    public static partial void HmacSwapped(ILogger logger);

    [LoggerMessage(4002, LogLevel.Information, "Subscribed to {Services} for {Expires} s.")]
    public static partial void Subscribed(ILogger logger, string services, double expires);

    [LoggerMessage(4003, LogLevel.Warning, "Subscribe attempt {Attempt} answered 503; retrying in {Delay} ms.")]
    public static partial void SubscribeRetry(ILogger logger, int attempt, double delay);

    [LoggerMessage(4004, LogLevel.Information, "Subscription updated: {Services}.")]
    public static partial void Updated(ILogger logger, string services);

    [LoggerMessage(4005, LogLevel.Information, "Unsubscribed.")]
    public static partial void Unsubscribed(ILogger logger);

    [LoggerMessage(4006, LogLevel.Warning, "Subscription ended: {Reason}.")]
    public static partial void Ended(ILogger logger, Kandy.Core.Subscriptions.KandySubscriptionEndReason reason);

    [LoggerMessage(4007, LogLevel.Error, "Subscription operation failed: {Code} {Message}")]
    public static partial void OperationFailed(ILogger logger, string code, string message);

    [LoggerMessage(4008, LogLevel.Debug, "Refresh attempt {Attempt} in {Delay} ms.")]
    public static partial void RefreshScheduled(ILogger logger, int attempt, double delay);

    [LoggerMessage(4009, LogLevel.Information, "Refresh attempt {Attempt} finished; succeeded: {Succeeded}. {Error}")]
    public static partial void Refreshed(ILogger logger, int attempt, bool succeeded, string? error);
}
