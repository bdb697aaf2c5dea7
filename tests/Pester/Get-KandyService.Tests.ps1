# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
    $a = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential -Service call
    $b = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[1].Credential
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Get-KandyService' {
    It 'lists every service with its subscription state' {
        $services = Get-KandyService -Session $a
        $services.Name | Sort-Object | Should -Be @('call', 'IM', 'Presence')
        ($services | Where-Object Subscribed).Name | Should -Be @('call')
    }

    It 'filters with -Subscribed and with wildcards in -Name' {
        (Get-KandyService -Session $a -Subscribed).Name | Should -Be @('call')
        (Get-KandyService Pres* -Session $b).Name | Should -Be @('Presence')
    }

    It 'reads every session piped in' {
        (Get-KandySession | Get-KandyService -Subscribed).Count | Should -Be 4
    }

    It 'has a table view with session, name and state' {
        (Get-KandyService | Format-Table | Out-String) | Should -Match 'Subscribed'
    }
}
