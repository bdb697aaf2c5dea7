// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Kandy.Core.Logging;

/// <summary>
/// Every log message of the session layer, source-generated with stable event ids:
/// 1xxx events, 2xxx requests, 3xxx authentication, 4xxx subscription, 5xxx WebSocket, 6xxx notifications.
/// Messages never carry passwords or tokens, and URLs are logged without their query.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Error, "An event handler for {EventName} threw; the exception was swallowed.")]
    public static partial void HandlerFailed(ILogger logger, string eventName, Exception exception);
}
