// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Events;

/// <summary>Any SDK event: its name (e.g. <c>subscription:change</c>) and its parameter object as a dictionary.</summary>
/// <remarks>
/// Payload values are BCL types only: strings, numbers, booleans, null, nested
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/> and lists. An SDK <c>BasicError</c> is a dictionary
/// with <c>name</c>, <c>code</c> and <c>message</c>.
/// </remarks>
public sealed class KandyEventArgs : EventArgs
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="name">The SDK event name.</param>
    /// <param name="payload">The SDK parameter object.</param>
    public KandyEventArgs(string name, IReadOnlyDictionary<string, object?> payload)
    {
        Name = name;
        Payload = payload;
    }

    /// <summary>Gets the SDK event name, see <see cref="KandyEventNames"/>.</summary>
    public string Name { get; }

    /// <summary>Gets the SDK parameter object.</summary>
    public IReadOnlyDictionary<string, object?> Payload { get; }
}
