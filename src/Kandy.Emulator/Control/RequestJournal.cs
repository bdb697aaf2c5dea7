// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Threading;

namespace Kandy.Emulator.Control;

/// <summary>The last requests received on Kandy Link paths, for tests to inspect (bounded).</summary>
internal sealed class RequestJournal
{
    private const int Capacity = 10_000;
    private readonly ConcurrentQueue<JournalEntry> entries = new();
    private long sequence;

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(JournalEntry entry)
    {
        entries.Enqueue(entry);
        while (entries.Count > Capacity && entries.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyList<JournalEntry> Read() => entries.OrderBy(e => e.Sequence).ToList();

    public void Clear() => entries.Clear();
}
