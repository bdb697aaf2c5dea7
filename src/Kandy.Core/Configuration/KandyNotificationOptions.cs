// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Notifications;

namespace Kandy.Core.Configuration;

/// <summary><c>config.notifications</c> (01-session.md §2.5).</summary>
public sealed class KandyNotificationOptions
{
    /// <summary>Gets or sets how many recent event ids are remembered for duplicate suppression; 0 disables it. Default 100.</summary>
    public int IdCacheLength { get; set; } = 100;

    /// <summary>Gets or sets which channels may deliver incoming-call notifications. Default any channel.</summary>
    public KandyIncomingCallNotificationMode IncomingCallNotificationMode { get; set; } = KandyIncomingCallNotificationMode.AnyChannel;

    /// <summary>Gets or sets an alternative server for push registration and SDP fetches; unset keys fall back to the REST server.</summary>
    public KandyPushServerOptions? PushRegistration { get; set; }

    internal KandyNotificationOptions Clone() => new()
    {
        IdCacheLength = IdCacheLength,
        IncomingCallNotificationMode = IncomingCallNotificationMode,
        PushRegistration = PushRegistration?.Clone(),
    };
}
