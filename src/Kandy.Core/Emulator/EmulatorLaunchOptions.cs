// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Emulator;

/// <summary>How to start a Kandy Link emulator in its own process.</summary>
public sealed class EmulatorLaunchOptions
{
    /// <summary>Path of <c>Kandy.Emulator.dll</c>.</summary>
    public required string EmulatorPath { get; init; }

    /// <summary>The <c>dotnet</c> host that runs the emulator; <c>null</c> finds it from the current process or PATH.</summary>
    public string? DotnetPath { get; init; }

    /// <summary>TCP port on 127.0.0.1; 0 lets the system choose one.</summary>
    public int Port { get; init; }

    /// <summary>Serve HTTPS and WSS with a self-signed certificate.</summary>
    public bool Https { get; init; }

    /// <summary>Folder where the emulator keeps its state; <c>null</c> keeps it in memory.</summary>
    public string? DataPath { get; init; }

    /// <summary>A JSON file with the users to create instead of the built-in demo users.</summary>
    public string? UserFile { get; init; }

    /// <summary>The emulator exits when this process ends; <c>null</c> means the current process.</summary>
    public int? ParentProcessId { get; init; }

    /// <summary>How long to wait for the ready line.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
