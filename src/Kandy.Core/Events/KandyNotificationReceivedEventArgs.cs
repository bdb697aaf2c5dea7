// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Notifications;

namespace Kandy.Core.Events;

/// <summary>Arguments of <c>notification:received</c>: a notification that passed the channel gate and de-duplication.</summary>
public sealed class KandyNotificationReceivedEventArgs : EventArgs
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="eventType">The <c>eventType</c>.</param>
    /// <param name="eventId">The <c>eventId</c>.</param>
    /// <param name="channel">The channel it came on.</param>
    /// <param name="payload">The whole envelope as a BCL tree.</param>
    public KandyNotificationReceivedEventArgs(string? eventType, string? eventId, KandyNotificationChannel channel, IReadOnlyDictionary<string, object?> payload)
    {
        EventType = eventType;
        EventId = eventId;
        Channel = channel;
        Payload = payload;
    }

    /// <summary>Gets the <c>notificationMessage.eventType</c>.</summary>
    public string? EventType { get; }

    /// <summary>Gets the <c>notificationMessage.eventId</c>.</summary>
    public string? EventId { get; }

    /// <summary>Gets the channel.</summary>
    public KandyNotificationChannel Channel { get; }

    /// <summary>Gets the envelope (the object holding <c>notificationMessage</c>).</summary>
    public IReadOnlyDictionary<string, object?> Payload { get; }
}
