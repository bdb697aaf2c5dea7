// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Notifications;

/// <summary>Remembers the last <c>idCacheLength</c> event ids (01-session.md §8.4 step 4). Not thread-safe: the intake is serial.</summary>
internal sealed class DuplicateFilter
{
    private readonly Queue<string> order = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="eventId"/>; false when it is among the remembered ids.</summary>
    public bool TryAdd(string eventId, int capacity)
    {
        if (capacity <= 0)
        {
            return true;
        }

        if (seen.Contains(eventId))
        {
            return false;
        }

        order.Enqueue(eventId);
        seen.Add(eventId);
        while (order.Count > capacity)
        {
            seen.Remove(order.Dequeue());
        }

        return true;
    }
}
