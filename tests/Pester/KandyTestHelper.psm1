# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

# Shared by the Pester files: import the built module, talk to the emulator's control API, wait for events.

function Import-KandyTestModule {
    # Imports the module under test: the build's output (KANDY_MODULE_PATH), never an installed copy.
    if (-not $env:KANDY_MODULE_PATH) { throw 'KANDY_MODULE_PATH is not set; run the tests through build.ps1 Test.' }
    Import-Module (Join-Path $env:KANDY_MODULE_PATH 'Kandy.psd1') -Force:$false -Global
}

function Invoke-EmulatorControl {
    # Calls the emulator's control API (/_emulator/...), e.g. to drop a socket or expire a token.
    param(
        [Parameter(Mandatory)] $Emulator,
        [Parameter(Mandatory)][string] $Path,
        [string] $Method = 'POST',
        [hashtable] $Body
    )
    $parameters = @{ Uri = "$($Emulator.ControlUri.ToString().TrimEnd('/'))/$($Path.TrimStart('/'))"; Method = $Method }
    if ($Body) { $parameters.Body = $Body | ConvertTo-Json -Compress -Depth 5; $parameters.ContentType = 'application/json' }
    Invoke-RestMethod @parameters
}

function Reset-TestEmulator {
    # Puts the emulator back to its starting state and clears every Kandy event the previous test left queued.
    param([Parameter(Mandatory)] $Emulator)
    Get-KandySession | Disconnect-Kandy -ErrorAction SilentlyContinue
    Invoke-EmulatorControl $Emulator reset | Out-Null
    Clear-KandyTestEvent
}

function Clear-KandyTestEvent {
    Get-Event | Where-Object SourceIdentifier -Like 'Kandy.*' | Remove-Event
}

function Wait-KandyTestEvent {
    # Waits (bounded) for a queued Kandy event that matches a filter, removes it and returns it.
    param(
        [Parameter(Mandatory)][string] $EventName,
        [scriptblock] $Where = { $true },
        [int] $TimeoutSec = 10
    )
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSec)
    $id = "Kandy.$EventName"
    while ([DateTime]::UtcNow -lt $deadline) {
        foreach ($e in @(Get-Event -SourceIdentifier $id -ErrorAction SilentlyContinue)) {
            Remove-Event -EventIdentifier $e.EventIdentifier
            if (& $Where $e) { return $e }
        }
        Wait-Event -SourceIdentifier $id -Timeout 1 | Out-Null
    }
    return $null
}

function Wait-KandyTestCondition {
    # Polls a condition (bounded); for state that has no event of its own.
    param([Parameter(Mandatory)][scriptblock] $Condition, [int] $TimeoutSec = 10)
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSec)
    while ([DateTime]::UtcNow -lt $deadline) {
        if (& $Condition) { return $true }
        Wait-Event -Timeout 1 -SourceIdentifier 'Kandy.TestTick' | Out-Null
    }
    return [bool](& $Condition)
}

Export-ModuleMember -Function Import-KandyTestModule, Invoke-EmulatorControl, Reset-TestEmulator, Clear-KandyTestEvent, Wait-KandyTestEvent, Wait-KandyTestCondition
