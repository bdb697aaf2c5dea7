// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;

namespace Kandy.Emulator.Push;

/// <summary>
/// The emulator cannot reach APNs or FCM. Instead it keeps, per user with a push registration, the last
/// notifications it would have pushed, so a test can hand them to the client's push intake
/// (<c>notification.process</c>, 01-session.md §9.3).
/// </summary>
internal sealed class PushOutbox(PushRegistry registry)
{
    private const int Capacity = 100;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> outboxes = new(StringComparer.OrdinalIgnoreCase);

    public void Offer(string userName, string notification)
    {
        if (registry.ForUser(userName).Count == 0)
        {
            return;
        }

        var queue = outboxes.GetOrAdd(userName, _ => new ConcurrentQueue<string>());
        queue.Enqueue(notification);
        while (queue.Count > Capacity && queue.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyList<string> Read(string userName) =>
        outboxes.TryGetValue(userName, out var queue) ? queue.ToList() : [];

    public void Clear(string? userName = null)
    {
        if (userName is null)
        {
            outboxes.Clear();
        }
        else
        {
            outboxes.TryRemove(userName, out _);
        }
    }
}
