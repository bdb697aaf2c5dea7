# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
    $id = 'Kandy.PowerShell.Commands.DisconnectKandyCommand'
    function Get-OpenSubscription { @((Invoke-EmulatorControl $emulator state -Method GET).subscriptions) | Where-Object { $_ } }
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Disconnect-Kandy' {
    AfterEach { Reset-TestEmulator $emulator }

    It 'closes the current session and ends its subscription on the server' {
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
        Disconnect-Kandy
        $session.IsOpen | Should -BeFalse
        $session.ConnectionState | Should -Be 'Disconnected'
        Get-KandySession | Should -BeNullOrEmpty
        Get-OpenSubscription | Should -BeNullOrEmpty
    }

    It 'closes sessions piped in, by value' {
        Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential | Out-Null
        Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[1].Credential | Out-Null
        Get-KandySession | Disconnect-Kandy
        Get-KandySession | Should -BeNullOrEmpty
    }

    It 'closes the session named by -Session and keeps the others' {
        $a = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
        $b = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[1].Credential
        Disconnect-Kandy -Session $a
        (Get-KandySession).Id | Should -Be $b.Id
        $b.ConnectionState | Should -Be 'Connected'
    }

    It 'writes the session with -PassThru' {
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
        (Disconnect-Kandy -PassThru).Id | Should -Be $session.Id
    }

    It 'changes nothing with -WhatIf' {
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
        Disconnect-Kandy -WhatIf
        $session.IsOpen | Should -BeTrue
        Get-OpenSubscription | Should -Not -BeNullOrEmpty
    }

    It 'fails with KandyNoSession when nothing is connected' {
        { Disconnect-Kandy } | Should -Throw -ErrorId "KandyNoSession,$id"
    }

    It 'fails with KandySessionClosed for a session already closed' {
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
        Disconnect-Kandy -Session $session
        { Disconnect-Kandy -Session $session } | Should -Throw -ErrorId "KandySessionClosed,$id"
    }
}
