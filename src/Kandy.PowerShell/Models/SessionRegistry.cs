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

    /// <summary>The open sessions created in a runspace, oldest first.</summary>
    /// <param name="runspace">The runspace's InstanceId.</param>
    /// <returns>The sessions.</returns>
    public static KandySession[] InRunspace(Guid runspace)
    {
        lock (Sessions)
        {
            return Sessions.Where(s => s.RunspaceId == runspace).ToArray();
        }
    }

    /// <summary>The open sessions of the runspace of the calling thread (for completers, which run on it).</summary>
    /// <returns>The sessions.</returns>
    public static KandySession[] InCurrentRunspace() => InRunspace(Runspace.DefaultRunspace?.InstanceId ?? Guid.Empty);

    /// <summary>The most recent open session of a runspace.</summary>
    /// <param name="runspace">The runspace's InstanceId.</param>
    /// <returns>The session, or <c>null</c> when there is none.</returns>
    public static KandySession? Current(Guid runspace) => InRunspace(runspace).LastOrDefault();

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
                // PowerShell calls OnRemove synchronously; Task.Run keeps the wait off any captured context.
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
