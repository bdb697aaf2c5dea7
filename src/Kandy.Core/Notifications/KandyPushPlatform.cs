// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Notifications;

/// <summary>A push provider (01-session.md §9).</summary>
public enum KandyPushPlatform
{
    /// <summary>Apple (APNs): <c>/push/apple/devices/</c>.</summary>
    Apple = 0,

    /// <summary>Google (FCM): <c>/push/google/devices/</c>.</summary>
    Google = 1,
}
