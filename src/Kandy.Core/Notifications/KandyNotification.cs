// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Kandy.Core.Notifications;

/// <summary>A notification that passed the intake pipeline, as handed to feature handlers.</summary>
/// <param name="Envelope">The whole object (holding <c>notificationMessage</c>).</param>
/// <param name="Message">The <c>notificationMessage</c> object.</param>
/// <param name="EventType">Its <c>eventType</c>.</param>
/// <param name="EventId">Its <c>eventId</c>.</param>
/// <param name="Channel">The channel it arrived on.</param>
internal sealed record KandyNotification(JsonObject Envelope, JsonObject Message, string? EventType, string? EventId, KandyNotificationChannel Channel);
