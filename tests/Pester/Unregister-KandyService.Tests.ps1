# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Unregister-KandyService' {
    BeforeEach {
        Reset-TestEmulator $emulator
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
    }

    It 'removes a service from the subscription' {
        Unregister-KandyService -Name IM
        (Get-KandyService -Subscribed).Name | Sort-Object | Should -Be @('call', 'Presence')
    }

    It 'takes services piped from Get-KandyService and writes them with -PassThru' {
        $removed = Get-KandyService -Name IM, Presence | Unregister-KandyService -PassThru
        $removed.Name | Sort-Object | Should -Be @('IM', 'Presence')
        $removed.Subscribed | Should -Not -Contain $true
    }

    It 'changes nothing with -WhatIf' {
        Unregister-KandyService IM -WhatIf
        (Get-KandyService IM).Subscribed | Should -BeTrue
    }
}
