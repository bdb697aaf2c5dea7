# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

<#
.SYNOPSIS
    Measures a warm Connect-Kandy (credentials, subscribe, WebSocket open) against the built-in emulator.
.DESCRIPTION
    Starts an emulator, connects and disconnects once to warm up (JIT, connection pools), then times
    -Runs connects and reports the median, minimum and maximum. Each session is disconnected before the next.
.EXAMPLE
    dotnet pwsh ./bench/Measure-Connect.ps1 -ModulePath ./out/Kandy -Runs 20
#>
[CmdletBinding()]
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/Kandy'),
    [ValidateRange(5, 1000)][int] $Runs = 20
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path (Resolve-Path $ModulePath).Path 'Kandy.psd1')

$emulator = Start-KandyEmulator
try {
    $credential = $emulator.Users[0].Credential
    Connect-Kandy -Uri $emulator.Uri -Credential $credential -LogLevel Silent | Disconnect-Kandy
    $times = for ($i = 0; $i -lt $Runs; $i++) {
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $credential -LogLevel Silent
        $watch.Stop()
        if ($session.ConnectionState -ne 'Connected') { throw "Connect $i ended in $($session.ConnectionState)." }
        Disconnect-Kandy -Session $session
        $watch.Elapsed.TotalMilliseconds
    }
    $sorted = $times | Sort-Object
    [pscustomobject]@{
        Runs     = $Runs
        MedianMs = [math]::Round($sorted[[int][math]::Floor($Runs / 2)], 1)
        MinMs    = [math]::Round($sorted[0], 1)
        MaxMs    = [math]::Round($sorted[-1], 1)
    }
}
finally {
    $emulator | Stop-KandyEmulator
}
