// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>The services of a session as PS objects, shared by the service cmdlets.</summary>
internal static class ServiceList
{
    /// <summary>Every service the server offers, with the session's subscription state.</summary>
    /// <param name="session">The session.</param>
    /// <returns>One object per service.</returns>
    public static IEnumerable<KandyService> Of(KandySession session)
    {
        var info = session.Client.GetSubscriptions();
        var names = info.Available.Concat(info.Subscribed).Concat(info.Services.Keys).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var subscribed = info.Subscribed.Contains(name, StringComparer.OrdinalIgnoreCase)
                || (info.Services.TryGetValue(name, out var granted) && granted);
            yield return new KandyService(session, name, subscribed);
        }
    }

    /// <summary>Whether a name matches any of the patterns.</summary>
    /// <param name="name">The service name.</param>
    /// <param name="patterns">Wildcard patterns.</param>
    /// <returns><c>true</c> on a match.</returns>
    public static bool Matches(string name, IEnumerable<string> patterns) =>
        patterns.Any(p => new WildcardPattern(p, WildcardOptions.IgnoreCase).IsMatch(name));
}
