// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Events;

/// <summary>Arguments of <c>auth:change</c>.</summary>
public sealed class KandyAuthenticationChangedEventArgs : EventArgs
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="isConnected">Whether a legacy connect has completed and not been disconnected.</param>
    public KandyAuthenticationChangedEventArgs(bool isConnected) => IsConnected = isConnected;

    /// <summary>Gets a value indicating whether the session is connected (credentials set and, after a connect, subscribed).</summary>
    public bool IsConnected { get; }
}
