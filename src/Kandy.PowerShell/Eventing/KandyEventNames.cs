// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.PowerShell.Eventing;

/// <summary>The SDK event names the module raises, for completion and validation hints.</summary>
internal static class KandyEventNames
{
    /// <summary>Every engine event's SourceIdentifier is this prefix plus the SDK event name.</summary>
    public const string SourceIdentifierPrefix = "Kandy.";

    /// <summary>The SDK 5.2.0 events, session layer first.</summary>
    public static readonly IReadOnlyList<string> Known =
    [
        "auth:change", "auth:error", "request:error",
        "subscription:change", "subscription:error", "subscription:resub",
        "ws:change", "notifications:change", "notification:received",
        "call:receive", "call:start", "call:join", "call:stateChange", "call:mediaConnectionChange", "call:newMedia",
        "call:removedMedia", "call:newTrack", "call:tracksAdded", "call:tracksRemoved", "call:trackEnded",
        "call:trackReplaced", "call:error", "call:operation", "call:customParameters", "call:availableCodecs",
        "call:mediaRestart", "call:statsReceived",
        "callHistory:change", "callHistory:error", "callHistoryCache:change",
        "clickToCall:start", "clickToCall:error",
        "contacts:new", "contacts:change", "contacts:error",
        "conversations:new", "conversations:change", "messages:change", "messages:error",
        "devices:change", "devices:error",
        "media:new", "media:removed", "media:muted", "media:unmuted", "media:sourceMuted", "media:sourceUnmuted",
        "media:trackEnded", "media:trackRendered", "media:error",
        "presence:change", "presence:selfChange", "presence:subscribe", "presence:unsubscribe", "presence:error",
        "proxy:change", "proxy:error",
        "sip:subscriptionChange", "sip:eventsChange", "sip:error",
        "users:change", "users:error", "directory:change", "directory:error",
        "voicemail:change", "voicemail:error",
    ];
}
