// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;

namespace Kandy.Emulator.Subscriptions;

/// <summary>
/// Decides which requested services are granted: the Link services (call, IM, Presence, custom, event:*)
/// unless the control API withheld them from the user, which yields PARTIAL or NONE subscriptions.
/// </summary>
internal sealed class ServicePolicy
{
    private static readonly string[] Known = ["call", "IM", "Presence", "custom"];
    private readonly ConcurrentDictionary<string, string[]> withheld = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Grant(string userName, IEnumerable<string> requested)
    {
        var denied = withheld.TryGetValue(userName, out var list) ? list : [];
        return requested
            .Where(s => Known.Contains(s, StringComparer.Ordinal) || s.StartsWith("event:", StringComparison.Ordinal))
            .Where(s => !denied.Contains(s, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public void Withhold(string userName, IEnumerable<string> services) => withheld[userName] = services.ToArray();

    public void Reset() => withheld.Clear();
}
