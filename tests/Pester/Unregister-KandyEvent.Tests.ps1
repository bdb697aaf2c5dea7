# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $id = 'Kandy.PowerShell.Commands.UnregisterKandyEventCommand'
    function Get-KandySubscriber { Get-EventSubscriber | Where-Object SourceObject -Is [Kandy.PowerShell.Eventing.KandyEventSource] }
}

Describe 'Unregister-KandyEvent' {
    BeforeEach {
        Get-KandySubscriber | Unregister-Event
        Register-KandyEvent -EventName ws:change -SourceIdentifier TestSocket
        Register-KandyEvent -EventName subscription:change -SourceIdentifier TestSubscription
    }
    AfterAll { Get-KandySubscriber | Unregister-Event }

    It 'removes a registration by -SourceIdentifier (also by position)' {
        Unregister-KandyEvent TestSocket
        (Get-KandySubscriber).SourceIdentifier | Should -Be @('TestSubscription')
    }

    It 'removes registrations by -EventName with wildcards' {
        Unregister-KandyEvent -EventName 'subscription:*'
        (Get-KandySubscriber).SourceIdentifier | Should -Be @('TestSocket')
    }

    It 'removes subscribers piped from Get-EventSubscriber and writes them with -PassThru' {
        $removed = Get-EventSubscriber -SourceIdentifier TestSocket | Unregister-KandyEvent -PassThru
        $removed.SourceIdentifier | Should -Be 'TestSocket'
        (Get-KandySubscriber).SourceIdentifier | Should -Be @('TestSubscription')
    }

    It 'changes nothing with -WhatIf' {
        Unregister-KandyEvent -SourceIdentifier Test* -WhatIf
        @(Get-KandySubscriber).Count | Should -Be 2
    }

    It 'leaves other event subscriptions alone' {
        $timer = [System.Timers.Timer]::new()
        Register-ObjectEvent $timer Elapsed -SourceIdentifier NotKandy
        try {
            Unregister-KandyEvent -SourceIdentifier * 
            Get-EventSubscriber -SourceIdentifier NotKandy | Should -Not -BeNullOrEmpty
        }
        finally { Unregister-Event NotKandy; $timer.Dispose() }
    }

    It 'writes KandyEventSubscriptionNotFound for an unknown id' {
        Unregister-KandyEvent -SourceIdentifier Nothing -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -Be "KandyEventSubscriptionNotFound,$id"
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'completes the source identifiers of Kandy registrations' {
        $completion = TabExpansion2 -inputScript 'Unregister-KandyEvent -SourceIdentifier TestSo' -cursorColumn 46
        $completion.CompletionMatches.ListItemText | Should -Contain 'TestSocket'
    }
}
