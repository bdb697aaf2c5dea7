# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $emulator = Start-KandyEmulator
    $alice = $emulator.Users[0]
    $bob = $emulator.Users[1]
    $id = 'Kandy.PowerShell.Commands.ConnectKandyCommand'
    function New-Token([string] $Kind, [string] $User = $alice.UserName) {
        $token = (Invoke-EmulatorControl $emulator tokens -Body @{ userName = $User; kind = $Kind; lifetimeSeconds = 600 }).token
        ConvertTo-SecureString $token -AsPlainText -Force
    }
}
AfterAll { Reset-TestEmulator $emulator; $emulator | Stop-KandyEmulator }

Describe 'Connect-Kandy' {
    AfterEach { Reset-TestEmulator $emulator }

    Context 'parameter set Credential' {
        It 'returns a connected session subscribed to every service' {
            $session = Connect-Kandy -Uri $emulator.Uri -Credential $alice.Credential
            $session | Should -BeOfType 'Kandy.PowerShell.Models.KandySession'
            $session.UserName | Should -Be $alice.UserName
            $session.IsOpen | Should -BeTrue
            $session.ConnectionState | Should -Be 'Connected'
            $session.Services | Sort-Object | Should -Be @('call', 'IM', 'Presence')
            (Get-Command Connect-Kandy).ParameterSets.Name | Should -Contain 'Credential'
        }

        It 'binds -Uri and -Credential by position' {
            $session = Connect-Kandy $emulator.Uri $alice.Credential
            $session.Server | Should -Be $emulator.Uri
        }

        It 'subscribes only the services given with -Service' {
            $session = Connect-Kandy -Uri $emulator.Uri -Credential $alice.Credential -Service call
            $session.Services | Should -Be @('call')
        }

        It 'addresses the server with -Server, -Port and -Protocol' {
            $session = Connect-Kandy -Server $emulator.Uri.Host -Port $emulator.Uri.Port -Protocol http -Credential $alice.Credential
            $session.ConnectionState | Should -Be 'Connected'
            $session.Server.Port | Should -Be $emulator.Uri.Port
        }
    }

    Context 'parameter set AccessToken' {
        It 'connects with an access token' {
            $session = Connect-Kandy -Uri $emulator.Uri -UserName $alice.UserName -AccessToken (New-Token access)
            $session.ConnectionState | Should -Be 'Connected'
            ((Invoke-EmulatorControl $emulator state -Method GET).subscriptions | Where-Object userName -EQ $alice.UserName).credentialMode |
                Should -Not -Be 'basic'
        }
    }

    Context 'parameter set HmacToken' {
        It 'connects with an HMAC token' {
            $session = Connect-Kandy -Uri $emulator.Uri -UserName $alice.UserName -HmacToken (New-Token hmac)
            $session.ConnectionState | Should -Be 'Connected'
        }
    }

    Context 'two sessions at once' {
        It 'keeps both sessions connected and makes the newest the default' {
            $a = Connect-Kandy -Uri $emulator.Uri -Credential $alice.Credential
            $b = Connect-Kandy -Uri $emulator.Uri -Credential $bob.Credential
            $a.Id | Should -Not -Be $b.Id
            (Get-KandySession).Count | Should -Be 2
            (Get-KandySession -Current).Id | Should -Be $b.Id
            (Get-KandyConnection -Session $a).State | Should -Be 'Connected'
            (Get-KandyConnection).Session.UserName | Should -Be $bob.UserName
            $open = (Invoke-EmulatorControl $emulator state -Method GET).subscriptions | Where-Object connected
            $open.userName | Sort-Object | Should -Be @($alice.UserName, $bob.UserName)
        }
    }

    Context 'errors' {
        It 'fails with KandyAuthenticationFailed and no password anywhere for a wrong password' {
            $secret = 'Wrong-Secret-Pass-42'
            $wrong = [pscredential]::new($alice.UserName, (ConvertTo-SecureString $secret -AsPlainText -Force))
            $log = Join-Path $TestDrive 'wrong.log'
            $record = $null
            try { Connect-Kandy -Uri $emulator.Uri -Credential $wrong -LogLevel Trace -LogPath $log -WarningVariable warnings -WarningAction SilentlyContinue }
            catch { $record = $_ }
            $record | Should -Not -BeNullOrEmpty
            $record.FullyQualifiedErrorId | Should -Be "KandyAuthenticationFailed,$id"
            $record.CategoryInfo.Category | Should -Be 'AuthenticationError'
            $record.TargetObject | Should -Be $alice.UserName
            $record.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
            ($record | Out-String) + $record.Exception.ToString() + ($warnings -join "`n") | Should -Not -Match $secret
            Get-Content $log -Raw | Should -Match 'subscription'
            Get-Content $log -Raw | Should -Not -Match $secret
            Get-KandySession | Should -BeNullOrEmpty
        }

        It 'fails with KandyInvalidArgument without a server' {
            { Connect-Kandy -Credential $alice.Credential } | Should -Throw -ErrorId "KandyInvalidArgument,$id"
        }

        It 'fails with KandyInvalidArgument with both -Uri and -Server' {
            { Connect-Kandy -Uri $emulator.Uri -Server localhost -Credential $alice.Credential } | Should -Throw -ErrorId "KandyInvalidArgument,$id"
        }

        It 'fails with KandyServerUnreachable or a connection error when nothing listens' {
            $record = $null
            try { Connect-Kandy -Uri 'http://127.0.0.1:1' -Credential $alice.Credential -WarningAction SilentlyContinue } catch { $record = $_ }
            $record.CategoryInfo.Category | Should -BeIn @('ConnectionError', 'ResourceUnavailable', 'OperationTimeout')
            $record.FullyQualifiedErrorId | Should -Match "^Kandy\w+,$id$"
        }

        It 'requires -UserName with a token' {
            $userName = (Get-Command Connect-Kandy).Parameters['UserName'].ParameterSets
            $userName['AccessToken'].IsMandatory | Should -BeTrue
            $userName['HmacToken'].IsMandatory | Should -BeTrue
            $userName.Keys | Should -Not -Contain 'Credential'
        }
    }

    Context 'stopping' {
        It 'ends at once on Ctrl+C (StopProcessing) while the server is slow, leaving no session' {
            Invoke-EmulatorControl $emulator delays -Body @{ milliseconds = 20000; count = 1 } | Out-Null
            $shell = [powershell]::Create()
            try {
                $shell.AddScript("Import-Module '$env:KANDY_MODULE_PATH/Kandy.psd1'; Connect-Kandy -Uri '$($emulator.Uri)' -Credential `$args[0] -LogLevel Silent").AddArgument($alice.Credential) | Out-Null
                $pending = $shell.BeginInvoke()
                # The delayed request is journaled only when answered: give the connect time to reach the server.
                Wait-KandyTestCondition { $shell.InvocationStateInfo.State -eq 'Running' } | Should -BeTrue
                Start-Sleep -Seconds 3
                $watch = [System.Diagnostics.Stopwatch]::StartNew()
                $shell.Stop()
                $watch.Elapsed.TotalSeconds | Should -BeLessThan 5
                $stopped = $null
                try { $shell.EndInvoke($pending) } catch { $stopped = $_.Exception.InnerException }
                $stopped | Should -BeOfType ([System.Management.Automation.PipelineStoppedException])
                $shell.InvocationStateInfo.State | Should -Be 'Stopped'
                $shell.Streams.Error | Should -BeNullOrEmpty
            }
            finally { $shell.Dispose() }
            Invoke-EmulatorControl $emulator delays -Method DELETE | Out-Null
        }
    }

    Context 'logging' {
        It 'writes the engine log to the Verbose stream and to -LogPath' {
            $log = Join-Path $TestDrive 'session.log'
            $session = Connect-Kandy -Uri $emulator.Uri -Credential $alice.Credential -LogPath $log -Verbose 4>&1 |
                Tee-Object -Variable output | Where-Object { $_ -is [Kandy.PowerShell.Models.KandySession] }
            $verbose = $output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
            $verbose.Message -join "`n" | Should -Match 'Subscribed'
            $session.LogPath | Should -Be $log
            Get-Content $log -Raw | Should -Match 'INFO'
            $password = $alice.Credential.GetNetworkCredential().Password
            Get-Content $log -Raw | Should -Not -Match ([regex]::Escape($password))
        }

        It 'produces engine Information entries for the Verbose stream only when -Verbose or $VerbosePreference asks' {
            $silent = Connect-Kandy -Uri $emulator.Uri -Credential $alice.Credential 4>&1
            @($silent | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -Be 0

            $VerbosePreference = 'Continue'
            try { $byPreference = Connect-Kandy -Uri $emulator.Uri -Credential $bob.Credential 4>&1 }
            finally { $VerbosePreference = 'SilentlyContinue' }
            $verbose = $byPreference | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
            $verbose.Message -join "`n" | Should -Match 'Subscribed'
        }

        It 'still writes Information entries to -LogPath when the Verbose stream is off' {
            $log = Join-Path $TestDrive 'quiet.log'
            $output = Connect-Kandy -Uri $emulator.Uri -Credential $alice.Credential -LogPath $log 4>&1
            @($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -Be 0
            Get-Content $log -Raw | Should -Match 'INFO .*Subscribed'
        }
    }
}
