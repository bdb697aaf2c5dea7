// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Notifications;

namespace Kandy.Core.Events;

/// <summary>Arguments of <c>notifications:change</c>.</summary>
public sealed class KandyNotificationsChangedEventArgs : EventArgs
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="channel">The channel whose gate changed.</param>
    /// <param name="enabled">Whether the channel is now processed.</param>
    public KandyNotificationsChangedEventArgs(KandyNotificationChannel channel, bool enabled)
    {
        Channel = channel;
        Enabled = enabled;
    }

    /// <summary>Gets the channel.</summary>
    public KandyNotificationChannel Channel { get; }

    /// <summary>Gets a value indicating whether notifications of the channel are processed.</summary>
    public bool Enabled { get; }
}
