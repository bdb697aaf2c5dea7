// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Notifications;

/// <summary>The channel a notification arrived on (01-session.md §8.4).</summary>
public enum KandyNotificationChannel
{
    /// <summary><c>WEBSOCKET</c>: a frame of the notification WebSocket.</summary>
    WebSocket = 0,

    /// <summary><c>PUSH</c>: handed in by the application (<c>notification.process</c>).</summary>
    Push = 1,
}
