# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
    $a = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential -Service call, IM
    $b = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[1].Credential -LogLevel Warn
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Get-KandyConfiguration' {
    It 'returns the SDK defaults and the server of the current session' {
        $config = Get-KandyConfiguration
        $config | Should -BeOfType 'Kandy.PowerShell.Models.KandyConfiguration'
        $config.Session.Id | Should -Be $b.Id
        $config.Server | Should -Be "http://127.0.0.1:$($emulator.Uri.Port)"
        $config.WebSocketServer | Should -Be "ws://127.0.0.1:$($emulator.Uri.Port)"
        $config.SubscriptionExpires | Should -Be ([timespan]::FromHours(1))
        $config.PingInterval | Should -Be ([timespan]::FromSeconds(30))
        $config.ReconnectLimit | Should -Be 5
        $config.IdCacheLength | Should -Be 100
        $config.LogLevel | Should -Be 'Warn'
    }

    It 'reads the session given by -Session or piped in' {
        (Get-KandyConfiguration -Session $a).Services | Should -Be @('call', 'IM')
        ($a | Get-KandyConfiguration).Session.Id | Should -Be $a.Id
        (Get-KandySession | Get-KandyConfiguration).Count | Should -Be 2
    }

    It 'fails with KandySessionClosed for a closed session' {
        $closed = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[2].Credential
        Disconnect-Kandy -Session $closed
        { Get-KandyConfiguration -Session $closed } | Should -Throw -ErrorId 'KandySessionClosed,Kandy.PowerShell.Commands.GetKandyConfigurationCommand'
    }
}
