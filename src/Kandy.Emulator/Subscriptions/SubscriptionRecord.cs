// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json.Serialization;
using Kandy.Emulator.Auth;

namespace Kandy.Emulator.Subscriptions;

/// <summary>One live subscription, as stored.</summary>
internal sealed record SubscriptionRecord(
    string Id,
    string UserName,
    string ChannelId,
    IReadOnlyList<string> Requested,
    IReadOnlyList<string> Services,
    int Expires,
    string Localization,
    bool UseTurn,
    string NotificationType,
    string? ClientCorrelator,
    string? SessionId,
    CredentialMode Mode,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt)
{
    /// <summary>Gets the resource path returned as <c>subscribeResponse.subscription</c>.</summary>
    [JsonIgnore]
    public string Path => $"/rest/version/1/user/{UserName}/subscription/{Id}";

    /// <summary>Gets the WebSocket path returned as <c>notificationChannel</c> (01-session.md §6.10).</summary>
    [JsonIgnore]
    public string ChannelPath => $"/rest/version/1/user/{UserName}/websocket/{ChannelId}";

    /// <summary>Gets FULL, PARTIAL or NONE as the SDK computes it from requested and granted names (§6.9).</summary>
    [JsonIgnore]
    public string Status => Services.Count == 0 ? "NONE"
        : Requested.Any(r => !Services.Contains(r, StringComparer.OrdinalIgnoreCase)) ? "PARTIAL"
        : "FULL";
}
