// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Stop-KandyEmulator: stops emulators started by Start-KandyEmulator.</summary>
[Cmdlet(VerbsLifecycle.Stop, "KandyEmulator", SupportsShouldProcess = true, DefaultParameterSetName = InputObjectSet)]
[OutputType(typeof(KandyEmulator))]
public sealed class StopKandyEmulatorCommand : KandyCmdlet
{
    private const string InputObjectSet = "InputObject";
    private const string AllSet = "All";

    /// <summary>The emulator to stop.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
    public KandyEmulator[] InputObject { get; set; } = [];

    /// <summary>Stop every emulator this PowerShell process started.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AllSet)]
    public SwitchParameter All { get; set; }

    /// <summary>Write the stopped emulator to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var targets = All ? EmulatorRegistry.All() : InputObject;
        foreach (var emulator in targets)
        {
            if (!await ShouldProcessAsync($"Kandy emulator {emulator.Uri} (process {emulator.ProcessId})", "Stop").ConfigureAwait(false))
            {
                continue;
            }

            await EmulatorRegistry.StopAsync(emulator).ConfigureAwait(false);
            if (PassThru)
            {
                Emit(emulator);
            }
        }
    }
}
