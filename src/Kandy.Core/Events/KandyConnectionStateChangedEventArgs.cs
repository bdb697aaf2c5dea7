// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Connectivity;

namespace Kandy.Core.Events;

/// <summary>Arguments of <c>ws:change</c>.</summary>
public sealed class KandyConnectionStateChangedEventArgs : EventArgs
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="previousState">The state before.</param>
    /// <param name="state">The state after.</param>
    public KandyConnectionStateChangedEventArgs(KandyConnectionState previousState, KandyConnectionState state)
    {
        PreviousState = previousState;
        State = state;
    }

    /// <summary>Gets the state before the change.</summary>
    public KandyConnectionState PreviousState { get; }

    /// <summary>Gets the state after the change.</summary>
    public KandyConnectionState State { get; }
}
