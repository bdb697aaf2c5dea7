// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Events;

namespace Kandy.Core.Tests.Support;

/// <summary>Records the generic events of a client and waits for them without sleeping.</summary>
internal sealed class EventRecorder
{
    private readonly object gate = new();
    private readonly List<KandyEventArgs> events = [];
    private readonly List<(Func<KandyEventArgs, bool> Match, TaskCompletionSource<KandyEventArgs> Done)> waiters = [];

    public EventRecorder(KandyClient client) => client.EventRaised += (_, e) => Add(e);

    public IReadOnlyList<KandyEventArgs> All
    {
        get
        {
            lock (gate)
            {
                return events.ToList();
            }
        }
    }

    public IReadOnlyList<string> Names => All.Select(e => e.Name).ToList();

    public IReadOnlyList<KandyEventArgs> Named(string name) => All.Where(e => e.Name == name).ToList();

    /// <summary>Waits for the <paramref name="count"/>-th event named <paramref name="name"/> (counting earlier ones).</summary>
    public Task<KandyEventArgs> WaitAsync(string name, int count = 1, Func<KandyEventArgs, bool>? match = null)
    {
        var seen = 0;
        bool Matches(KandyEventArgs e) => e.Name == name && (match?.Invoke(e) ?? true) && ++seen >= count;
        lock (gate)
        {
            var found = events.FirstOrDefault(Matches);
            if (found is not null)
            {
                return Task.FromResult(found);
            }

            var done = new TaskCompletionSource<KandyEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((Matches, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
    }

    private void Add(KandyEventArgs e)
    {
        List<TaskCompletionSource<KandyEventArgs>> ready = [];
        lock (gate)
        {
            events.Add(e);
            foreach (var waiter in waiters.ToList().Where(waiter => waiter.Match(e)))
            {
                waiters.Remove(waiter);
                ready.Add(waiter.Done);
            }
        }

        ready.ForEach(done => done.TrySetResult(e));
    }
}
