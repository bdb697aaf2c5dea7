// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Kandy.Core.Notifications;

/// <summary>Log messages of notification intake (event ids 6xxx).</summary>
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Debug, "Notification on disabled channel {Channel} dropped.")]
    public static partial void NotificationGated(ILogger logger, string channel);

    [LoggerMessage(6002, LogLevel.Warning, "Call notification {EventId} dropped: incoming calls are accepted from push only.")]
    public static partial void CallNotificationNotOnPush(ILogger logger, string? eventId);

    [LoggerMessage(6003, LogLevel.Debug, "Duplicate notification {EventId} dropped.")]
    public static partial void DuplicateDropped(ILogger logger, string eventId);

    [LoggerMessage(6004, LogLevel.Debug, "Notification {EventType} {EventId} from {Channel}.")]
    public static partial void NotificationAccepted(ILogger logger, string eventType, string eventId, string channel);

    [LoggerMessage(6005, LogLevel.Error, "A handler of {EventType} notifications threw; the exception was swallowed.")]
    public static partial void NotificationHandlerFailed(ILogger logger, string eventType, Exception exception);

    [LoggerMessage(6006, LogLevel.Debug, "Malformed notification dropped: {Why}.")]
    public static partial void NotificationDropped(ILogger logger, string why);
}
