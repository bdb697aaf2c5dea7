// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Stun;

/// <summary>
/// Outstanding client transactions: retransmits requests on <see cref="TimeProvider"/> timers and completes each
/// exactly once, with the response (and where it arrived) or with null on timeout. Callbacks run outside the table's lock, on the thread
/// that delivered the response or on the timer's thread.
/// </summary>
internal sealed class StunTransactionTable : IDisposable
{
    private readonly TimeProvider _time;
    private readonly object _sync = new();
    private readonly Dictionary<StunTransactionId, Entry> _entries = new();
    private bool _disposed;

    public StunTransactionTable(TimeProvider time) => _time = time;

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Sends <paramref name="request"/> now and on each retransmission until answered or timed out.</summary>
    public void Start(StunTransactionId id, byte[] request, Action<byte[]> send, StunRetransmission schedule, Action<StunMessage?, object?> completed)
    {
        var entry = new Entry(id, request, send, schedule, completed, _time.GetTimestamp());
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            _entries[id] = entry;
            entry.Table = this;
            entry.Timer = _time.CreateTimer(static state => ((Entry)state!).Table!.OnTimer((Entry)state), entry, schedule.InitialRto, Timeout.InfiniteTimeSpan);
        }

        send(request);
    }

    /// <summary>
    /// Completes the matching transaction with <paramref name="response"/>; <paramref name="via"/> tells the
    /// completion where it arrived. False when none matches.
    /// </summary>
    public bool TryComplete(StunMessage response, object? via = null)
    {
        Entry? entry;
        lock (_sync)
        {
            if (!_entries.Remove(response.TransactionId, out entry))
            {
                return false;
            }

            entry.Timer?.Dispose();
        }

        entry.Completed(response, via);
        return true;
    }

    /// <summary>The time since the first send of a pending transaction, for round-trip estimates.</summary>
    public TimeSpan? Elapsed(StunTransactionId id)
    {
        lock (_sync)
        {
            return _entries.TryGetValue(id, out var entry) ? _time.GetElapsedTime(entry.Started) : null;
        }
    }

    /// <summary>Drops a transaction without completing it.</summary>
    public void Cancel(StunTransactionId id)
    {
        lock (_sync)
        {
            if (_entries.Remove(id, out var entry))
            {
                entry.Timer?.Dispose();
            }
        }
    }

    public void Dispose()
    {
        lock (_sync)
        {
            _disposed = true;
            foreach (var entry in _entries.Values)
            {
                entry.Timer?.Dispose();
            }

            _entries.Clear();
        }
    }

    private void OnTimer(Entry entry)
    {
        var timedOut = false;
        lock (_sync)
        {
            if (!_entries.TryGetValue(entry.Id, out var current) || !ReferenceEquals(current, entry))
            {
                return;
            }

            if (entry.Transmissions >= entry.Schedule.MaxTransmissions)
            {
                _entries.Remove(entry.Id);
                entry.Timer?.Dispose();
                timedOut = true;
            }
            else
            {
                entry.Transmissions++;
                entry.Rto = TimeSpan.FromTicks(Math.Min(entry.Rto.Ticks * 2, entry.Schedule.MaxRto.Ticks));
                var wait = entry.Transmissions >= entry.Schedule.MaxTransmissions
                    ? entry.Schedule.InitialRto * entry.Schedule.FinalWaitFactor
                    : entry.Rto;
                entry.Timer?.Change(wait, Timeout.InfiniteTimeSpan);
            }
        }

        if (timedOut)
        {
            entry.Completed(null, null);
        }
        else
        {
            entry.Send(entry.Request);
        }
    }

    private sealed class Entry(StunTransactionId id, byte[] request, Action<byte[]> send, StunRetransmission schedule, Action<StunMessage?, object?> completed, long started)
    {
        public StunTransactionId Id { get; } = id;
        public byte[] Request { get; } = request;
        public Action<byte[]> Send { get; } = send;
        public StunRetransmission Schedule { get; } = schedule;
        public Action<StunMessage?, object?> Completed { get; } = completed;
        public long Started { get; } = started;
        public int Transmissions { get; set; } = 1;
        public TimeSpan Rto { get; set; } = schedule.InitialRto;
        public ITimer? Timer { get; set; }
        public StunTransactionTable? Table { get; set; }
    }
}
