// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Notifications;

/// <summary>Which channels may deliver incoming-call notifications (<c>incomingCallNotificationMode</c>).</summary>
public enum KandyIncomingCallNotificationMode
{
    /// <summary><c>any-channel</c>.</summary>
    AnyChannel = 0,

    /// <summary><c>push-channel-only</c>: <c>call</c> notifications are dropped unless they come through push.</summary>
    PushChannelOnly = 1,
}
