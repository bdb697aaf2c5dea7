# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
}

Describe 'Get-KandyVersion' {
    It 'reports the module version of the manifest' {
        $manifest = Import-PowerShellDataFile (Join-Path $env:KANDY_MODULE_PATH 'Kandy.psd1')
        $version = Get-KandyVersion
        $version | Should -BeOfType 'Kandy.PowerShell.Models.KandyVersion'
        $version.ModuleVersion.ToString(3) | Should -Be $manifest.ModuleVersion
        $version.EngineVersion | Should -Be $version.ModuleVersion
    }

    It 'names SDK 5.2.0 and the running PowerShell and .NET' {
        $version = Get-KandyVersion
        $version.SdkVersion | Should -Be '5.2.0'
        $version.PowerShellVersion.Major | Should -Be $PSVersionTable.PSVersion.Major
        $version.RuntimeVersion | Should -Be ([Environment]::Version)
    }

    It 'needs no session' {
        Get-KandySession | Should -BeNullOrEmpty
        { Get-KandyVersion } | Should -Not -Throw
    }
}
