// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.Core.Emulator;
using Kandy.PowerShell.Errors;
using Kandy.PowerShell.Loading;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Start-KandyEmulator: starts the built-in Kandy Link emulator on 127.0.0.1.</summary>
[Cmdlet(VerbsLifecycle.Start, "KandyEmulator")]
[OutputType(typeof(KandyEmulator))]
public sealed class StartKandyEmulatorCommand : KandyCmdlet
{
    /// <summary>TCP port; 0 (default) lets the system choose a free one.</summary>
    [Parameter]
    [ValidateRange(0, 65535)]
    public int Port { get; set; }

    /// <summary>Serve HTTPS/WSS with a self-signed certificate.</summary>
    [Parameter]
    public SwitchParameter Https { get; set; }

    /// <summary>Folder for the emulator's state; without it the state lives in memory.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DataPath { get; set; }

    /// <summary>A JSON file with the users to create.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? UserFile { get; set; }

    /// <summary>Seconds to wait for the emulator to be ready.</summary>
    [Parameter]
    [ValidateRange(1, 600)]
    public int TimeoutSec { get; set; } = 30;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var options = new EmulatorLaunchOptions
        {
            EmulatorPath = Path.Combine(ModuleLoader.ModuleRoot, "emulator", "Kandy.Emulator.dll"),
            Port = Port,
            Https = Https,
            DataPath = DataPath is null ? null : GetUnresolvedProviderPathFromPSPath(DataPath),
            UserFile = UserFile is null ? null : GetUnresolvedProviderPathFromPSPath(UserFile),
            StartTimeout = TimeSpan.FromSeconds(TimeoutSec),
        };
        EmulatorProcess process;
        try
        {
            process = await EmulatorProcess.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FileNotFoundException or FormatException or System.ComponentModel.Win32Exception)
        {
            throw Fail(KandyErrors.Create(KandyErrors.EmulatorStartFailed, ex, options.EmulatorPath));
        }

        var emulator = new KandyEmulator(process);
        EmulatorRegistry.Add(emulator);
        EmitVerbose($"Emulator {emulator.ProcessId} listens on {emulator.Uri}.");
        Emit(emulator);
    }
}
