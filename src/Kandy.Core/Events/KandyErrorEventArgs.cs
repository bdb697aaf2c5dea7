// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Events;

/// <summary>Arguments of the error events (<c>auth:error</c>, <c>request:error</c>, <c>subscription:error</c>).</summary>
public sealed class KandyErrorEventArgs : EventArgs
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="error">The error.</param>
    public KandyErrorEventArgs(KandyException error) => Error = error;

    /// <summary>Gets the error.</summary>
    public KandyException Error { get; }
}
