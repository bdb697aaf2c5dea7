# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

<#
.SYNOPSIS
    Measures what `Import-Module Kandy` adds to PowerShell's start-up.
.DESCRIPTION
    Runs `pwsh -NoProfile -c exit` (baseline) and `pwsh -NoProfile -c "Import-Module Kandy; exit"` alternately,
    -Runs times each, and reports the medians, their difference and their ratio. Interleaving keeps the noise
    of a busy machine fair to both.
.EXAMPLE
    dotnet pwsh ./bench/Measure-Import.ps1 -ModulePath ./out/Kandy -Runs 15
#>
[CmdletBinding()]
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/Kandy'),
    [ValidateRange(10, 1000)][int] $Runs = 10
)
$ErrorActionPreference = 'Stop'

$pwsh = Join-Path $PSHOME 'pwsh'
if (-not (Test-Path $pwsh)) { $pwsh = (Get-Command pwsh).Source }
$manifest = Join-Path (Resolve-Path $ModulePath).Path 'Kandy.psd1'

function Measure-Once([string] $Command) {
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    & $pwsh -NoProfile -NonInteractive -Command $Command
    if ($LASTEXITCODE -ne 0) { throw "pwsh failed: $Command" }
    $watch.Elapsed.TotalMilliseconds
}

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $middle = [int][math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

Measure-Once 'exit' | Out-Null                         # warms the disk cache for both
Measure-Once "Import-Module '$manifest'; exit" | Out-Null
$bare = [System.Collections.Generic.List[double]]::new()
$import = [System.Collections.Generic.List[double]]::new()
for ($i = 0; $i -lt $Runs; $i++) {
    $bare.Add((Measure-Once 'exit'))
    $import.Add((Measure-Once "Import-Module '$manifest'; exit"))
}

$bareMedian = Get-Median $bare
$importMedian = Get-Median $import
[pscustomobject]@{
    Runs           = $Runs
    BareMs         = [math]::Round($bareMedian)
    WithImportMs   = [math]::Round($importMedian)
    ImportCostMs   = [math]::Round($importMedian - $bareMedian)
    Ratio          = [math]::Round($importMedian / $bareMedian, 3)
}
