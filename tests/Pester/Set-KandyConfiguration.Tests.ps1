# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Set-KandyConfiguration' {
    BeforeEach {
        Reset-TestEmulator $emulator
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
    }

    It 'changes only the values given' {
        Set-KandyConfiguration -PingInterval '00:00:10' -ReconnectLimit 0
        $config = Get-KandyConfiguration
        $config.PingInterval | Should -Be ([timespan]::FromSeconds(10))
        $config.ReconnectLimit | Should -Be 0
        $config.ReconnectDelay | Should -Be ([timespan]::FromSeconds(5))
        (Get-KandyConnection).PingInterval | Should -Be ([timespan]::FromSeconds(10))
    }

    It 'returns the new configuration with -PassThru' {
        $config = Set-KandyConfiguration -IdCacheLength 5 -AgentVersionHeaderSuffix 'ci' -PassThru
        $config.IdCacheLength | Should -Be 5
        $config.AgentVersionHeaderSuffix | Should -Be 'ci'
    }

    It 'changes the log level at once' {
        Set-KandyConfiguration -LogLevel Error
        Get-KandyLogLevel | Should -Be 'Error'
        $session.LogLevel | Should -Be 'Error'
    }

    It 'changes nothing with -WhatIf' {
        Set-KandyConfiguration -ReconnectLimit 42 -WhatIf
        (Get-KandyConfiguration).ReconnectLimit | Should -Be 5
    }

    It 'takes the session from the pipeline' {
        $session | Set-KandyConfiguration -MaxMissedPings 7
        ($session | Get-KandyConfiguration).MaxMissedPings | Should -Be 7
    }

    It 'rejects values out of range' {
        { Set-KandyConfiguration -ReconnectTimeMultiplier 0.5 -ErrorAction Stop } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,Kandy.PowerShell.Commands.SetKandyConfigurationCommand'
    }
}
