# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
    $alice = $emulator.Users[0]
    $bob = $emulator.Users[1]
}
AfterAll {
    Get-EventSubscriber | Where-Object SourceObject -Is [Kandy.PowerShell.Eventing.KandyEventSource] | Unregister-Event
    Reset-TestEmulator $emulator
    $emulator | Stop-KandyEmulator
}

Describe 'Register-KandyEvent' {
    BeforeEach {
        Get-EventSubscriber | Where-Object SourceObject -Is [Kandy.PowerShell.Eventing.KandyEventSource] | Unregister-Event
        Reset-TestEmulator $emulator
        $global:KandyTestHits = [System.Collections.Generic.List[object]]::new()
    }

    It 'runs -Action and still queues Kandy.<name> for Wait-Event' {
        Register-KandyEvent -EventName ws:change -Action { $global:KandyTestHits.Add($Event.SourceEventArgs) } | Out-Null
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $alice.Credential
        $queued = Wait-KandyTestEvent -EventName ws:change -TimeoutSec 10
        $queued | Should -Not -BeNullOrEmpty
        $queued.Sender.Id | Should -Be $session.Id
        $queued.SourceEventArgs.platform | Should -Be 'link'
        Wait-KandyTestCondition { $global:KandyTestHits.Count -gt 0 } | Should -BeTrue
        $global:KandyTestHits[0].EventName | Should -Be 'ws:change'
        $global:KandyTestHits[0].Session.Id | Should -Be $session.Id
    }

    It 'carries the session, the name and each payload field' {
        $session = Connect-Kandy -Uri $emulator.Uri -Credential $alice.Credential
        $event = Wait-KandyTestEvent -EventName subscription:change -TimeoutSec 10
        $event.SourceIdentifier | Should -Be 'Kandy.subscription:change'
        $event.SourceEventArgs | Should -BeOfType 'Kandy.PowerShell.Eventing.KandySessionEventArgs'
        $event.SourceEventArgs.Session.UserName | Should -Be $alice.UserName
        $event.SourceEventArgs.EventName | Should -Be 'subscription:change'
        $event.SourceEventArgs.SourceIdentifier | Should -Be 'Kandy.subscription:change'
        $event.SourceEventArgs.Payload | Should -Not -BeNullOrEmpty
    }

    It 'filters by -Session and queues under -SourceIdentifier' {
        $a = Connect-Kandy -Uri $emulator.Uri -Credential $alice.Credential
        $b = Connect-Kandy -Uri $emulator.Uri -Credential $bob.Credential
        Register-KandyEvent -EventName ws:change -Session $b -SourceIdentifier BobSocket
        Invoke-EmulatorControl $emulator "users/$($alice.UserName)/drop" -Body @{} | Out-Null
        Invoke-EmulatorControl $emulator "users/$($bob.UserName)/drop" -Body @{} | Out-Null
        $event = Wait-Event -SourceIdentifier BobSocket -Timeout 10
        $event | Should -Not -BeNullOrEmpty
        Wait-KandyTestCondition { (Get-KandyConnection -Session $a).State -eq 'Connected' -and (Get-KandyConnection -Session $b).State -eq 'Connected' } | Should -BeTrue
        $all = @(Get-Event -SourceIdentifier BobSocket)
        $all.SourceEventArgs.Session.Id | Select-Object -Unique | Should -Be $b.Id
        $all | Remove-Event
    }

    It 'accepts wildcards in -EventName and stops after -MaxTriggerCount' {
        Register-KandyEvent -EventName 'subscription:*' -MaxTriggerCount 1 -Action { $global:KandyTestHits.Add($Event.SourceEventArgs.EventName) } | Out-Null
        Connect-Kandy -Uri $emulator.Uri -Credential $alice.Credential | Out-Null
        Register-KandyService -Name IM
        Wait-KandyTestCondition { $global:KandyTestHits.Count -gt 0 } | Should -BeTrue
        Wait-Event -Timeout 1 | Out-Null
        $global:KandyTestHits.Count | Should -Be 1
        $global:KandyTestHits[0] | Should -BeLike 'subscription:*'
        Get-EventSubscriber | Where-Object SourceObject -Is [Kandy.PowerShell.Eventing.KandyEventSource] | Should -BeNullOrEmpty
    }

    It 'returns the job of an -Action registration' {
        $job = Register-KandyEvent -EventName auth:change -Action { }
        $job | Should -BeOfType [System.Management.Automation.PSEventJob]
    }

    It 'completes event names' {
        $completion = TabExpansion2 -inputScript 'Register-KandyEvent -EventName subscr' -cursorColumn 37
        $completion.CompletionMatches.ListItemText | Should -Contain 'subscription:change'
    }
}
