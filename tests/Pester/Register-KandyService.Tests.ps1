# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Register-KandyService' {
    BeforeEach {
        Reset-TestEmulator $emulator
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential -Service call
        Clear-KandyTestEvent
    }

    It 'adds services to the subscription and raises subscription:change' {
        Register-KandyService -Name IM, Presence
        (Get-KandyService -Subscribed).Name | Sort-Object | Should -Be @('call', 'IM', 'Presence')
        Wait-KandyTestEvent -EventName subscription:change -TimeoutSec 5 | Should -Not -BeNullOrEmpty
        $server = (Invoke-EmulatorControl $emulator state -Method GET).subscriptions | Where-Object userName -EQ $session.UserName
        $server.services | Sort-Object | Should -Be @('call', 'IM', 'Presence')
    }

    It 'binds -Name by position and writes the services with -PassThru' {
        $added = Register-KandyService IM -PassThru
        $added.Name | Should -Be 'IM'
        $added.Subscribed | Should -BeTrue
    }

    It 'binds Name from the pipeline by property name' {
        [pscustomobject]@{ Name = 'Presence' } | Register-KandyService
        (Get-KandyService Presence).Subscribed | Should -BeTrue
    }

    It 'changes nothing with -WhatIf' {
        Register-KandyService IM -WhatIf
        (Get-KandyService IM).Subscribed | Should -BeFalse
    }
}
