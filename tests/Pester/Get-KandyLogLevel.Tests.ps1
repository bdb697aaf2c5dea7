# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Get-KandyLogLevel' {
    It 'lists every level, lowest first, with -ListAvailable' {
        (Get-KandyLogLevel -ListAvailable | ForEach-Object ToString) | Should -Be @('Trace', 'Debug', 'Info', 'Warn', 'Error', 'Silent')
    }

    It 'fails with KandyNoSession without a session' {
        Reset-TestEmulator $emulator
        { Get-KandyLogLevel } | Should -Throw -ErrorId 'KandyNoSession,Kandy.PowerShell.Commands.GetKandyLogLevelCommand'
    }

    It 'returns the level of the current session, or of the one piped in' {
        $quiet = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential -LogLevel Error
        $chatty = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[1].Credential -LogLevel Trace
        Get-KandyLogLevel | Should -Be 'Trace'
        $quiet | Get-KandyLogLevel | Should -Be 'Error'
    }

    It 'sends debug entries to the Debug stream of the running command' {
        Reset-TestEmulator $emulator
        Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential -LogLevel Debug | Out-Null
        $DebugPreference = 'Continue'
        $debug = Register-KandyService -Name IM 5>&1 | Where-Object { $_ -is [System.Management.Automation.DebugRecord] }
        $DebugPreference = 'SilentlyContinue'
        $debug | Should -Not -BeNullOrEmpty
    }
}
