# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
}

Describe 'Stop-KandyEmulator' {
    It 'stops an emulator from the pipeline and ends its process' {
        $emulator = Start-KandyEmulator
        $emulator | Stop-KandyEmulator
        $emulator.IsRunning | Should -BeFalse
        Get-Process -Id $emulator.ProcessId -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'writes the emulator with -PassThru and nothing without it' {
        $emulator = Start-KandyEmulator
        $emulator | Stop-KandyEmulator | Should -BeNullOrEmpty
        $another = Start-KandyEmulator
        ($another | Stop-KandyEmulator -PassThru).ProcessId | Should -Be $another.ProcessId
    }

    It 'changes nothing with -WhatIf' {
        $emulator = Start-KandyEmulator
        try {
            $emulator | Stop-KandyEmulator -WhatIf
            $emulator.IsRunning | Should -BeTrue
        }
        finally { $emulator | Stop-KandyEmulator }
    }

    It 'stops every emulator with -All' {
        $one = Start-KandyEmulator
        $two = Start-KandyEmulator
        Stop-KandyEmulator -All
        $one.IsRunning | Should -BeFalse
        $two.IsRunning | Should -BeFalse
    }

    It 'takes -InputObject by position and ignores an emulator that already stopped' {
        $emulator = Start-KandyEmulator
        Stop-KandyEmulator $emulator
        { Stop-KandyEmulator $emulator } | Should -Not -Throw
    }
}
