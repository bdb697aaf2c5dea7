# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
    $session = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
    $user = $session.UserName
    function Get-Journal { @((Invoke-EmulatorControl $emulator journal -Method GET)) | Where-Object { $_ } }
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Invoke-KandyRestMethod' {
    BeforeEach { Invoke-EmulatorControl $emulator journal -Method DELETE | Out-Null }

    It 'sends an authenticated request and returns the JSON answer as objects' {
        $subscription = @((Invoke-EmulatorControl $emulator state -Method GET).subscriptions)[0].subscription
        $body = @{ subscribeRequest = @{ expires = 3600; service = @('call', 'IM', 'Presence') } }
        $answer = Invoke-KandyRestMethod $subscription -Method PUT -Body $body
        $answer.subscribeResponse.statusCode | Should -Be 0
        $request = Get-Journal | Where-Object path -EQ $subscription
        $request.method | Should -Be 'PUT'
        $request.credentialMode | Should -Not -BeNullOrEmpty
        $request.body | Should -Match '"expires":3600'
    }

    It 'fails with KandyRequestFailed on an error status' {
        { Invoke-KandyRestMethod "/rest/version/1/user/$user/nothing-here" } |
            Should -Throw -ErrorId 'KandyRequestFailed,Kandy.PowerShell.Commands.InvokeKandyRestMethodCommand'
    }

    It 'returns status, headers and body with -Raw, even for an error status' {
        $raw = Invoke-KandyRestMethod "/rest/version/1/user/$user/nothing-here" -Raw
        $raw | Should -BeOfType 'Kandy.PowerShell.Models.KandyRestResponse'
        $raw.StatusCode | Should -Be 404
    }

    It 'sends extra headers and a string body as is' {
        Invoke-KandyRestMethod "/rest/version/1/user/$user/nothing-here" -Method PUT -Body '{"x":1}' -Headers @{ 'X-Test' = 'yes' } -Raw | Out-Null
        $request = Get-Journal | Select-Object -Last 1
        $request.body | Should -Be '{"x":1}'
        $request.headers.'X-Test' | Should -Be 'yes'
    }

    It 'sends nothing with -WhatIf for a change' {
        Invoke-KandyRestMethod "/rest/version/1/user/$user/nothing-here" -Method POST -Body '{}' -WhatIf
        Get-Journal | Should -BeNullOrEmpty
    }
}
