// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.PowerShell.Models;

/// <summary>The emulators this process started, so that removing the module stops them.</summary>
internal static class EmulatorRegistry
{
    private static readonly List<KandyEmulator> Running = [];

    /// <summary>Remembers a started emulator.</summary>
    /// <param name="emulator">The emulator.</param>
    public static void Add(KandyEmulator emulator)
    {
        lock (Running)
        {
            Running.Add(emulator);
        }
    }

    /// <summary>The emulators still running, oldest first.</summary>
    /// <returns>The emulators.</returns>
    public static KandyEmulator[] All()
    {
        lock (Running)
        {
            return [.. Running];
        }
    }

    /// <summary>Stops an emulator; does nothing when it already stopped.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <returns>A task that completes when the process has ended.</returns>
    public static async Task StopAsync(KandyEmulator emulator)
    {
        lock (Running)
        {
            if (emulator.Stopped)
            {
                return;
            }

            emulator.Stopped = true;
            Running.Remove(emulator);
        }

        await emulator.Process.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Stops every emulator (module removal).</summary>
    public static void StopAll()
    {
        foreach (var emulator in All())
        {
            // PowerShell calls OnRemove synchronously; each stop is bounded by the launcher's grace period.
            Task.Run(() => StopAsync(emulator)).GetAwaiter().GetResult();
        }
    }
}
