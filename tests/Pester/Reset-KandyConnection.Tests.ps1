# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Reset-KandyConnection' {
    BeforeEach {
        Reset-TestEmulator $emulator
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
        Clear-KandyTestEvent
    }

    It 'reopens the socket, raising ws:change' {
        Reset-KandyConnection
        Wait-KandyTestEvent -EventName ws:change -TimeoutSec 10 | Should -Not -BeNullOrEmpty
        Wait-KandyTestCondition { (Get-KandyConnection).State -eq 'Connected' } -TimeoutSec 15 | Should -BeTrue
        $session.IsOpen | Should -BeTrue
    }

    It 'returns the connection with -PassThru' {
        (Reset-KandyConnection -PassThru).Session.Id | Should -Be $session.Id
        Wait-KandyTestCondition { (Get-KandyConnection).State -eq 'Connected' } -TimeoutSec 15 | Should -BeTrue
    }

    It 'changes nothing with -WhatIf' {
        Reset-KandyConnection -WhatIf
        Wait-KandyTestEvent -EventName ws:change -TimeoutSec 1 | Should -BeNullOrEmpty
        (Get-KandyConnection).State | Should -Be 'Connected'
    }
}
