# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
    $alice = $emulator.Users[0]
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Get-KandyConnection' {
    BeforeEach {
        Reset-TestEmulator $emulator
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $alice.Credential
        Clear-KandyTestEvent
    }

    It 'reports an open socket with its settings' {
        $connection = Get-KandyConnection
        $connection | Should -BeOfType 'Kandy.PowerShell.Models.KandyConnection'
        $connection.State | Should -Be 'Connected'
        $connection.Connected | Should -BeTrue
        $connection.Uri.Scheme | Should -Be 'ws'
        $connection.Uri.Query | Should -Not -Match 'token='
        $connection.ConnectivityChecking | Should -BeTrue
        $connection.WebSocketNotifications | Should -BeTrue
        $connection.Method | Should -Be 'KeepAlive'
    }

    It 'raises ws:change and reconnects within the back-off when the server drops the socket' {
        Invoke-EmulatorControl $emulator "users/$($alice.UserName)/drop" -Body @{} | Out-Null
        $changed = Wait-KandyTestEvent -EventName ws:change -TimeoutSec 10
        $changed | Should -Not -BeNullOrEmpty
        $changed.Sender.Id | Should -Be $session.Id
        # First attempt of the reconnect cycle comes at once; the default delay (5 s) bounds a second one.
        Wait-KandyTestCondition { (Get-KandyConnection).State -eq 'Connected' } -TimeoutSec 15 | Should -BeTrue
        (Invoke-EmulatorControl $emulator state -Method GET).openSockets | Should -Be 1
    }

    It 'takes the session from the pipeline' {
        ($session | Get-KandyConnection).Session.Id | Should -Be $session.Id
    }

    It 'fails with KandyNoSession without a session' {
        Disconnect-Kandy
        { Get-KandyConnection } | Should -Throw -ErrorId 'KandyNoSession,Kandy.PowerShell.Commands.GetKandyConnectionCommand'
    }
}
