# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

<#
.SYNOPSIS
    Builds, tests and demonstrates the Kandy module.
.DESCRIPTION
    Tasks:
      Clean      removes out/ and every bin/ and obj/ folder.
      Build      compiles the solution and lays out the module in out/Kandy
                 (manifest stamped with the version, format file, generated help,
                 the engine and its packages in out/Kandy/dependencies, the emulator in out/Kandy/emulator).
      Test       Build, then every xunit project under tests/ and every Pester file under tests/Pester;
                 JUnit XML in out/TestResults; prints one line "N passed, N failed"; exits 1 on any failure.
      Demo       Build, then runs tools/Demo.ps1 against the built-in emulator.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Clean', 'Build', 'Test', 'Demo')]
    [string[]] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Limits the test run to xunit projects or Pester files whose name matches (for local iteration).
    [string] $Filter = '*'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = $PSScriptRoot
$Out = Join-Path $Root 'out'
$ModuleOut = Join-Path $Out 'Kandy'
$TestResults = Join-Path $Out 'TestResults'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

function Invoke-Native {
    # Runs a native command and stops the build when it fails.
    param([Parameter(Mandatory)][string] $FilePath, [string[]] $ArgumentList = @())
    & $FilePath @ArgumentList | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "'$FilePath $($ArgumentList -join ' ')' exited with $LASTEXITCODE." }
}

function Get-ChildPwsh {
    # Under the dotnet tool the process path is dotnet; the tool's own launcher sits in $PSHOME.
    $candidate = Join-Path $PSHOME 'pwsh'
    if (Test-Path $candidate) { return $candidate }
    return (Get-Command pwsh -ErrorAction Stop).Source
}

function Get-ModuleVersion {
    [xml] $props = Get-Content (Join-Path $Root 'Directory.Build.props') -Raw
    return ($props.Project.PropertyGroup | Where-Object { $_['Version'] } | Select-Object -First 1).Version
}

function Invoke-Clean {
    Remove-Item $Out -Recurse -Force -ErrorAction Ignore
    Get-ChildItem $Root -Directory -Recurse -Include bin, obj |
        Where-Object { $_.FullName -notmatch '[\\/]node_modules[\\/]' } |
        Remove-Item -Recurse -Force -ErrorAction Ignore
}

function Invoke-Build {
    Invoke-Native dotnet @('build', (Join-Path $Root 'Kandy.sln'), '-c', $Configuration, '--nologo', '-v', 'q', '-clp:ErrorsOnly')

    Remove-Item $ModuleOut -Recurse -Force -ErrorAction Ignore
    $dependencies = Join-Path $ModuleOut 'dependencies'
    $emulator = Join-Path $ModuleOut 'emulator'
    New-Item -ItemType Directory -Force -Path $dependencies, $emulator | Out-Null

    # The engine and its packages: published together so every package dll is present.
    Invoke-Native dotnet @('publish', (Join-Path $Root 'src/Kandy.Core/Kandy.Core.csproj'), '-c', $Configuration, '--no-build', '-o', $dependencies, '--nologo', '-v', 'q')
    Invoke-Native dotnet @('publish', (Join-Path $Root 'src/Kandy.Emulator/Kandy.Emulator.csproj'), '-c', $Configuration, '--no-build', '-o', $emulator, '--nologo', '-v', 'q')

    $psBin = Join-Path $Root "src/Kandy.PowerShell/bin/$Configuration/net8.0"
    Copy-Item (Join-Path $psBin 'Kandy.PowerShell.dll') $ModuleOut
    Get-ChildItem $Root -Filter 'Kandy.format.ps1xml' -File | Copy-Item -Destination $ModuleOut

    $manifest = Get-Content (Join-Path $Root 'Kandy.psd1') -Raw
    $manifest = $manifest -replace "ModuleVersion\s*=\s*'[^']*'", "ModuleVersion = '$(Get-ModuleVersion)'"
    Set-Content -Path (Join-Path $ModuleOut 'Kandy.psd1') -Value $manifest -NoNewline

    $helpOut = Join-Path $ModuleOut 'en-US'
    New-Item -ItemType Directory -Force -Path $helpOut | Out-Null
    Get-ChildItem (Join-Path $Root 'en-US') -Filter 'about_*.help.txt' -File | Copy-Item -Destination $helpOut
    $helpTool = Join-Path $Root 'tools/New-KandyHelp.ps1'
    if (Test-Path $helpTool) {
        # In a child process: loading the module here would lock its files for the rest of the build.
        Invoke-Native (Get-ChildPwsh) @('-NoProfile', '-NonInteractive', '-File', $helpTool, '-ModulePath', $ModuleOut, '-HelpSource', (Join-Path $Root 'en-US'))
    }
    Write-Host "Module laid out in $ModuleOut"
}

function Get-PesterModulePath {
    $project = Join-Path $Root 'tools/Pester/Pester.Restore.csproj'
    Invoke-Native dotnet @('restore', $project, '--nologo', '-v', 'q')
    $packages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $psd1 = Get-ChildItem (Join-Path $packages.Trim() 'pester') -Filter Pester.psd1 -Recurse | Select-Object -First 1
    if (-not $psd1) { throw 'Pester was not restored from the package registry.' }
    return $psd1.FullName
}

function Get-JUnitCount {
    # Sums the test and failure counts of the JUnit files one xunit run wrote.
    param([string[]] $Path)
    $passed = 0; $failed = 0
    foreach ($file in $Path) {
        [xml] $xml = Get-Content $file -Raw
        foreach ($suite in $xml.SelectNodes('//testsuite')) {
            $tests = [int]$suite.tests; $failures = [int]$suite.failures + [int]$suite.errors; $skipped = [int]$suite.skipped
            $passed += $tests - $failures - $skipped
            $failed += $failures
        }
    }
    return [pscustomobject]@{ Passed = $passed; Failed = $failed }
}

function Invoke-XunitTests {
    $passed = 0; $failed = 0
    $projects = Get-ChildItem (Join-Path $Root 'tests') -Filter '*.Tests.csproj' -Recurse |
        Where-Object { $_.FullName -notmatch '[\\/](bin|obj|node_modules)[\\/]' -and $_.BaseName -like $Filter }
    foreach ($project in $projects) {
        $name = $project.BaseName
        $resultFile = Join-Path $TestResults "$name.junit.xml"
        Remove-Item $resultFile -ErrorAction Ignore
        $arguments = @('test', $project.FullName, '-c', $Configuration, '--no-build', '--nologo',
            '--logger', "junit;LogFilePath=$resultFile;MethodFormat=Class;FailureBodyFormat=Verbose",
            '--logger', 'console;verbosity=minimal')
        $isolate = (Test-Path (Join-Path $project.DirectoryName 'loopback-only')) -and $IsLinux
        if ($isolate) {
            # Interop peers must see loopback only (see tests/Interop/README.md).
            # Single-quoted for bash: the JUnit logger argument contains ';', which bash would split on.
            $quoted = $arguments | ForEach-Object { "'" + ($_ -replace "'", "'\''") + "'" }
            $inner = "ip link set lo up && dotnet $($quoted -join ' ')"
            & unshare -n bash -c $inner | Out-Host
        }
        else {
            & dotnet @arguments | Out-Host
        }
        $exit = $LASTEXITCODE
        if (Test-Path $resultFile) {
            $count = Get-JUnitCount $resultFile
            $passed += $count.Passed; $failed += $count.Failed
            if ($exit -ne 0 -and $count.Failed -eq 0) { $failed += 1 }   # a crashed test host is a failure
        }
        elseif ($exit -ne 0) { $failed += 1 }
    }
    return [pscustomobject]@{ Passed = $passed; Failed = $failed }
}

function Invoke-PesterTests {
    $pester = Get-PesterModulePath
    $files = Get-ChildItem (Join-Path $Root 'tests/Pester') -Filter '*.Tests.ps1' -File | Where-Object { $_.BaseName -like $Filter }
    if (-not $files) { return [pscustomobject]@{ Passed = 0; Failed = 0 } }
    $summary = Join-Path $TestResults 'pester.summary.json'
    $junit = Join-Path $TestResults 'pester.junit.xml'
    Remove-Item $summary, $junit -ErrorAction Ignore
    $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$pester' -MinimumVersion 5.7
`$env:KANDY_MODULE_PATH = '$ModuleOut'
`$config = New-PesterConfiguration
`$config.Run.Path = @('$(($files.FullName) -join "','")')
`$config.Run.PassThru = `$true
`$config.Output.Verbosity = 'Detailed'
`$config.TestResult.Enabled = `$true
`$config.TestResult.OutputFormat = 'JUnitXml'
`$config.TestResult.OutputPath = '$junit'
`$result = Invoke-Pester -Configuration `$config
`$failed = `$result.FailedCount + `$result.FailedBlocksCount + `$result.FailedContainersCount
@{ Passed = `$result.PassedCount; Failed = `$failed } | ConvertTo-Json | Set-Content '$summary'
"@
    & (Get-ChildPwsh) -NoProfile -NonInteractive -Command $script | Out-Host
    if (-not (Test-Path $summary)) { return [pscustomobject]@{ Passed = 0; Failed = 1 } }
    return Get-Content $summary -Raw | ConvertFrom-Json
}

function Invoke-Test {
    New-Item -ItemType Directory -Force -Path $TestResults | Out-Null
    $xunit = Invoke-XunitTests
    $pester = Invoke-PesterTests
    $passed = $xunit.Passed + $pester.Passed
    $failed = $xunit.Failed + $pester.Failed
    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed; Pester: $($pester.Passed) passed, $($pester.Failed) failed"
    Write-Output "$passed passed, $failed failed"
    if ($failed -gt 0) { exit 1 }
}

function Invoke-Demo {
    & (Get-ChildPwsh) -NoProfile -NonInteractive -File (Join-Path $Root 'tools/Demo.ps1') -ModulePath $ModuleOut
    if ($LASTEXITCODE -ne 0) { throw "The demo failed (exit code $LASTEXITCODE)." }
}

foreach ($step in $Task) {
    switch ($step) {
        'Clean' { Invoke-Clean }
        'Build' { Invoke-Build }
        'Test' { Invoke-Build; Invoke-Test }
        'Demo' { Invoke-Build; Invoke-Demo }
    }
}
