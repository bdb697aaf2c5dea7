# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
}

Describe 'Get-KandyEnvironment' {
    BeforeAll { $environment = Get-KandyEnvironment }

    It 'describes the runtime and platform' {
        $environment | Should -BeOfType 'Kandy.PowerShell.Models.KandyEnvironment'
        $environment.Runtime | Should -Be ([System.Runtime.InteropServices.RuntimeInformation]::FrameworkDescription)
        $environment.OperatingSystem | Should -Be ([System.Runtime.InteropServices.RuntimeInformation]::OSDescription)
        $environment.ProcessArchitecture | Should -Be ([System.Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture.ToString())
        $environment.PSEdition | Should -Be $PSVersionTable.PSEdition
    }

    It 'points at the loaded module and finds its emulator' {
        (Resolve-Path $environment.ModulePath).Path | Should -Be (Resolve-Path $env:KANDY_MODULE_PATH).Path
        $environment.EmulatorAvailable | Should -BeTrue
        $environment.WebRtcAvailable | Should -Be (Test-Path (Join-Path $env:KANDY_MODULE_PATH 'dependencies/Kandy.Media.dll'))
    }

    It 'has a list view' {
        ($environment | Out-String) | Should -Match 'EmulatorAvailable\s*:\s*True'
    }
}
