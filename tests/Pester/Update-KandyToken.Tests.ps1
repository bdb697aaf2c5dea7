# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
    $alice = $emulator.Users[0]
    function New-Token([string] $Kind = 'access') {
        (Invoke-EmulatorControl $emulator tokens -Body @{ userName = $alice.UserName; kind = $Kind; lifetimeSeconds = 600 }).token
    }
    function Secure([string] $Text) { ConvertTo-SecureString $Text -AsPlainText -Force }
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Update-KandyToken' {
    BeforeEach {
        Reset-TestEmulator $emulator
        $token = New-Token
        $session = Connect-Kandy -Uri $emulator.Uri -UserName $alice.UserName -AccessToken (Secure $token)
        Clear-KandyTestEvent
    }

    It 'recovers after the server <Action>d the token (<Status>): request:error, then the new token works' -ForEach @(
        @{ Action = 'expire'; Status = '403, status code 65' }
        @{ Action = 'revoke'; Status = '401' }
    ) {
        Invoke-EmulatorControl $emulator "tokens/$Action" -Body @{ token = $token } | Out-Null
        { Register-KandyService -Name IM -WarningAction SilentlyContinue } |
            Should -Throw -ErrorId 'KandyAuthenticationFailed,Kandy.PowerShell.Commands.RegisterKandyServiceCommand'
        $failure = Wait-KandyTestEvent -EventName request:error -TimeoutSec 10
        $failure | Should -Not -BeNullOrEmpty
        $failure.Sender.Id | Should -Be $session.Id
        $failure.SourceEventArgs.error | Should -Not -BeNullOrEmpty

        $fresh = New-Token
        Update-KandyToken -AccessToken (Secure $fresh)
        Register-KandyService -Name IM
        (Get-KandyService -Name IM).Subscribed | Should -BeTrue
        Wait-KandyTestEvent -EventName auth:change -TimeoutSec 5 | Should -Not -BeNullOrEmpty
    }

    It 'keeps no token in errors, events or logs' {
        Invoke-EmulatorControl $emulator tokens/expire -Body @{ token = $token } | Out-Null
        try { Register-KandyService -Name IM -WarningVariable warnings -WarningAction SilentlyContinue } catch { $record = $_ }
        $failure = Wait-KandyTestEvent -EventName request:error -TimeoutSec 10
        $text = ($record | Out-String) + ($warnings -join "`n") + ($failure.SourceEventArgs | Out-String) + ($session.RecentLog -join "`n")
        $text | Should -Not -Match ([regex]::Escape($token))
    }

    It 'writes the session with -PassThru and changes nothing with -WhatIf' {
        (Update-KandyToken -AccessToken (Secure (New-Token)) -PassThru).Id | Should -Be $session.Id
        Clear-KandyTestEvent
        Update-KandyToken -AccessToken (Secure 'not-a-token') -WhatIf
        Wait-KandyTestEvent -EventName auth:change -TimeoutSec 1 | Should -BeNullOrEmpty
        Register-KandyService -Name IM     # the token from before -WhatIf still works
    }

    It 'takes an HMAC token in its own parameter set' {
        (Get-Command Update-KandyToken).ParameterSets.Name | Sort-Object | Should -Be @('AccessToken', 'HmacToken')
        Update-KandyToken -HmacToken (Secure (New-Token hmac)) -PassThru | Should -Not -BeNullOrEmpty
    }
}
