// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Kandy.Core.Events;

/// <summary>Log messages of event delivery (event ids 1xxx).</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Error, "An event handler for {EventName} threw; the exception was swallowed.")]
    public static partial void HandlerFailed(ILogger logger, string eventName, Exception exception);
}
