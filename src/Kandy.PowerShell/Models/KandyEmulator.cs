// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections;
using Kandy.Core.Emulator;

namespace Kandy.PowerShell.Models;

/// <summary>A running Kandy Link emulator started by Start-KandyEmulator.</summary>
public sealed class KandyEmulator
{
    internal KandyEmulator(EmulatorProcess process)
    {
        Process = process;
        ProcessId = process.ProcessId;
        Uri = process.Info.Uri;
        ControlUri = process.Info.ControlUri;
        Users = process.Info.Users
            .Select(u => new KandyEmulatorUser(u.UserName, u.Password, u.DisplayName, u.FirstName, u.LastName, u.PhoneNumber))
            .ToArray();
        Numbers = new Hashtable(StringComparer.OrdinalIgnoreCase);
        foreach (var (role, number) in process.Info.Numbers)
        {
            Numbers[role] = number;
        }
    }

    /// <summary>Base URI for <c>Connect-Kandy -Uri</c>.</summary>
    public Uri Uri { get; }

    /// <summary>Base URI of the control API (drop sockets, fail requests, expire tokens...).</summary>
    public Uri ControlUri { get; }

    /// <summary>The emulator's users, each with a ready <c>Credential</c>.</summary>
    public KandyEmulatorUser[] Users { get; }

    /// <summary>Built-in test numbers by role (<c>$emulator.Numbers.Echo</c>).</summary>
    public Hashtable Numbers { get; }

    /// <summary>Operating-system id of the emulator process.</summary>
    public int ProcessId { get; }

    /// <summary>Whether the emulator is still running.</summary>
    public bool IsRunning => !Stopped && !Process.HasExited;

    internal EmulatorProcess Process { get; }

    internal bool Stopped { get; set; }

    /// <inheritdoc />
    public override string ToString() => Uri.ToString();
}
