// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation.Runspaces;

namespace Kandy.PowerShell.Models;

/// <summary>
/// The open sessions of this process. Each runspace has its own "current" session (its most recent one), so
/// parallel runspaces do not steal each other's default; removing the module closes them all.
/// </summary>
internal static class SessionRegistry
{
    private static readonly List<KandySession> Sessions = [];

    /// <summary>Adds a session that has just connected.</summary>
    /// <param name="session">The session.</param>
    public static void Add(KandySession session)
    {
        lock (Sessions)
        {
            Sessions.Add(session);
        }
    }

    /// <summary>Forgets a closed session.</summary>
    /// <param name="session">The session.</param>
    public static void Remove(KandySession session)
    {
        lock (Sessions)
        {
            Sessions.Remove(session);
        }
    }

    /// <summary>The open sessions created in the current runspace, oldest first.</summary>
    /// <returns>The sessions.</returns>
    public static KandySession[] InCurrentRunspace()
    {
        var runspace = Runspace.DefaultRunspace?.InstanceId ?? Guid.Empty;
        lock (Sessions)
        {
            return Sessions.Where(s => s.RunspaceId == runspace).ToArray();
        }
    }

    /// <summary>The most recent open session of the current runspace.</summary>
    /// <returns>The session, or <c>null</c> when there is none.</returns>
    public static KandySession? Current() => InCurrentRunspace().LastOrDefault();

    /// <summary>Closes every session (module removal); errors are ignored because the module is going away.</summary>
    public static void CloseAll()
    {
        KandySession[] all;
        lock (Sessions)
        {
            all = [.. Sessions];
        }

        foreach (var session in all)
        {
            try
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                Task.Run(() => session.CloseAsync(limit.Token)).GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Removal must finish; a failed unsubscribe ends with the server's expiry timer.
            }
        }
    }
}
