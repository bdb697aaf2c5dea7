# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
    $a = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
    $b = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[1].Credential
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Get-KandySession' {
    It 'lists the open sessions oldest first' {
        (Get-KandySession).Id | Should -Be @($a.Id, $b.Id)
    }

    It 'gets sessions by -Id, also by position and from the pipeline by property name' {
        (Get-KandySession -Id $b.Id).UserName | Should -Be $emulator.Users[1].UserName
        (Get-KandySession $a.Id).UserName | Should -Be $emulator.Users[0].UserName
        ([pscustomobject]@{ Id = $a.Id } | Get-KandySession).Id | Should -Be $a.Id
    }

    It 'gets the default session with -Current' {
        (Get-KandySession -Current).Id | Should -Be $b.Id
    }

    It 'writes KandySessionNotFound for an unknown id and goes on' {
        $found = Get-KandySession -Id 9999, $a.Id -ErrorVariable errors -ErrorAction SilentlyContinue
        $found.Id | Should -Be $a.Id
        $errors[0].FullyQualifiedErrorId | Should -Be 'KandySessionNotFound,Kandy.PowerShell.Commands.GetKandySessionCommand'
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'shows user, server, services and socket state in its default view' {
        $text = Get-KandySession | Format-Table | Out-String -Width 200
        $text | Should -Match 'UserName'
        $text | Should -Match ([regex]::Escape($emulator.Users[0].UserName))
        $text | Should -Match 'Connected'
    }

    It 'completes session ids' {
        $completion = TabExpansion2 -inputScript 'Get-KandySession -Id ' -cursorColumn 21
        $completion.CompletionMatches.CompletionText | Should -Contain "$($a.Id)"
    }

    It 'does not list sessions of another runspace' {
        $other = [powershell]::Create()
        try {
            $count = $other.AddScript("Import-Module '$env:KANDY_MODULE_PATH/Kandy.psd1'; @(Get-KandySession).Count").Invoke()
            $count | Should -Be 0
        }
        finally { $other.Dispose() }
    }
}
