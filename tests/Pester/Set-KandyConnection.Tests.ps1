# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Set-KandyConnection' {
    BeforeEach {
        Reset-TestEmulator $emulator
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
    }

    It 'turns connectivity checking off and on' {
        Set-KandyConnection -ConnectivityChecking $false
        (Get-KandyConnection).ConnectivityChecking | Should -BeFalse
        Set-KandyConnection -ConnectivityChecking $true
        (Get-KandyConnection).ConnectivityChecking | Should -BeTrue
    }

    It 'turns WebSocket notifications off, raising notifications:change, and returns the connection with -PassThru' {
        Clear-KandyTestEvent
        $connection = Set-KandyConnection -WebSocketNotifications $false -PassThru
        $connection.WebSocketNotifications | Should -BeFalse
        (Wait-KandyTestEvent -EventName notifications:change -TimeoutSec 5).SourceEventArgs.channel | Should -Be 'WEBSOCKET'
    }

    It 'changes nothing with -WhatIf' {
        Set-KandyConnection -ConnectivityChecking $false -WhatIf
        (Get-KandyConnection).ConnectivityChecking | Should -BeTrue
    }

    It 'takes the session from the pipeline' {
        $session | Set-KandyConnection -ConnectivityChecking $false
        ($session | Get-KandyConnection).ConnectivityChecking | Should -BeFalse
    }
}
