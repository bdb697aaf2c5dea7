// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Control;

/// <summary>The pending injected failures and delays, consumed in the order they were added.</summary>
internal sealed class FaultPlan
{
    private readonly object gate = new();
    private readonly List<(FaultRule Rule, int Left)> faults = [];
    private readonly List<(DelayRule Rule, int? Left)> delays = [];

    public void Add(FaultRule rule)
    {
        lock (gate)
        {
            faults.Add((rule, Math.Max(1, rule.Count ?? 1)));
        }
    }

    public void Add(DelayRule rule)
    {
        lock (gate)
        {
            delays.Add((rule, rule.Count));
        }
    }

    public FaultRule? TakeFault(HttpRequest request)
    {
        lock (gate)
        {
            var index = faults.FindIndex(f => f.Rule.Matches(request));
            if (index < 0)
            {
                return null;
            }

            var (rule, left) = faults[index];
            if (left <= 1)
            {
                faults.RemoveAt(index);
            }
            else
            {
                faults[index] = (rule, left - 1);
            }

            return rule;
        }
    }

    public TimeSpan TakeDelay(HttpRequest request)
    {
        lock (gate)
        {
            var index = delays.FindIndex(d => d.Rule.Matches(request));
            if (index < 0)
            {
                return TimeSpan.Zero;
            }

            var (rule, left) = delays[index];
            if (left is { } n)
            {
                if (n <= 1)
                {
                    delays.RemoveAt(index);
                }
                else
                {
                    delays[index] = (rule, n - 1);
                }
            }

            return TimeSpan.FromMilliseconds(rule.Milliseconds);
        }
    }

    public void ClearFaults()
    {
        lock (gate)
        {
            faults.Clear();
        }
    }

    public void ClearDelays()
    {
        lock (gate)
        {
            delays.Clear();
        }
    }
}
