# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
}

Describe 'Start-KandyEmulator' {
    BeforeAll { $emulator = Start-KandyEmulator }
    AfterAll { Stop-KandyEmulator -All }

    It 'returns a running emulator on 127.0.0.1 with its control URI' {
        $emulator | Should -BeOfType 'Kandy.PowerShell.Models.KandyEmulator'
        $emulator.IsRunning | Should -BeTrue
        $emulator.Uri.Host | Should -Be '127.0.0.1'
        $emulator.Uri.Port | Should -BeGreaterThan 0
        $emulator.ControlUri.AbsolutePath | Should -Be '/_emulator'
        (Invoke-EmulatorControl $emulator state -Method GET).users | Should -Not -BeNullOrEmpty
    }

    It 'lists users with ready credentials' {
        $emulator.Users.Count | Should -BeGreaterOrEqual 2
        $user = $emulator.Users[0]
        $user.UserName | Should -Match '@'
        $user.PhoneNumber | Should -Match '^\+\d+'
        $user.Credential | Should -BeOfType [pscredential]
        $user.Credential.UserName | Should -Be $user.UserName
        $user.Credential.GetNetworkCredential().Password | Should -Not -BeNullOrEmpty
    }

    It 'has a Numbers table that answers by role' {
        $emulator.Numbers | Should -BeOfType [hashtable]
    }

    It 'starts a second, independent emulator on another port' {
        $second = Start-KandyEmulator
        try {
            $second.Uri | Should -Not -Be $emulator.Uri
            $second.ProcessId | Should -Not -Be $emulator.ProcessId
        }
        finally { $second | Stop-KandyEmulator }
    }

    It 'takes a user file' {
        $file = Join-Path $TestDrive 'users.json'
        '[{"userName":"zoe@kandy.test","password":"Zoe-Pass-7","displayName":"Zoe Zed","firstName":"Zoe","lastName":"Zed","phoneNumber":"+15550109999"}]' | Set-Content $file
        $custom = Start-KandyEmulator -UserFile $file
        try {
            $custom.Users.UserName | Should -Be @('zoe@kandy.test')
            $custom.Users[0].DisplayName | Should -Be 'Zoe Zed'
        }
        finally { $custom | Stop-KandyEmulator }
    }

    It 'serves HTTPS with -Https' {
        $secure = Start-KandyEmulator -Https
        try {
            $secure.Uri.Scheme | Should -Be 'https'
            $session = Connect-Kandy -Uri $secure.Uri -Credential $secure.Users[0].Credential -SkipCertificateCheck
            $session.ConnectionState | Should -Be 'Connected'
            Disconnect-Kandy -Session $session
        }
        finally { $secure | Stop-KandyEmulator }
    }

    It 'fails with KandyEmulatorStartFailed when the user file is unusable' {
        $file = Join-Path $TestDrive 'broken.json'
        'not json' | Set-Content $file
        { Start-KandyEmulator -UserFile $file -TimeoutSec 20 } |
            Should -Throw -ErrorId 'KandyEmulatorStartFailed,Kandy.PowerShell.Commands.StartKandyEmulatorCommand'
    }
}
