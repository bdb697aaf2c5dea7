# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

# The main job: the module against its built-in emulator, as a new user would run it.
# Starts the emulator, connects two users, shows sessions, services and live events, then cleans up.
param([Parameter(Mandatory)][string] $ModulePath)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Import-Module (Join-Path (Resolve-Path $ModulePath).Path 'Kandy.psd1')

function Show([string] $Title) { Write-Host "`n== $Title" -ForegroundColor Cyan }

Show 'Module'
Get-KandyVersion | Format-List | Out-Host

Show 'Start-KandyEmulator'
$emulator = Start-KandyEmulator
$emulator | Format-Table | Out-Host
$emulator.Users | Format-Table | Out-Host

try {
    Show 'Live events (Register-KandyEvent -Action)'
    Register-KandyEvent -EventName 'subscription:*' -SourceIdentifier DemoSubscription -Action {
        $e = $Event.SourceEventArgs
        Write-Host ('  [event] {0,-20} {1}' -f $e.EventName, $e.Session.UserName) -ForegroundColor DarkYellow
    } | Out-Null

    Show 'Connect-Kandy: two users at once'
    $alice = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
    $bob = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[1].Credential -Service call, IM
    Wait-Event -Timeout 1 | Out-Null    # lets the event actions run
    Get-KandySession | Format-Table | Out-Host

    Show 'Get-KandyService -Session $bob'
    Get-KandyService -Session $bob | Format-Table | Out-Host

    Show 'The server drops Bob''s socket; the engine reconnects (Kandy.ws:change events)'
    Get-Event | Where-Object SourceIdentifier -Like 'Kandy.*' | Remove-Event
    $control = "$($emulator.ControlUri.ToString().TrimEnd('/'))/users/$($bob.UserName)/drop"
    Invoke-RestMethod -Method Post -Uri $control -Body '{}' -ContentType 'application/json' | Out-Null
    $deadline = [DateTime]::UtcNow.AddSeconds(15)
    do { Wait-Event -SourceIdentifier 'Kandy.ws:change' -Timeout 1 | Out-Null }
    until ((Get-KandyConnection -Session $bob).State -eq 'Connected' -and (Get-Event -SourceIdentifier 'Kandy.ws:change' -ErrorAction Ignore) -or [DateTime]::UtcNow -gt $deadline)
    Get-Event -SourceIdentifier 'Kandy.ws:change' -ErrorAction Ignore | Select-Object -ExpandProperty SourceEventArgs | Format-Table | Out-Host
    Get-KandyConnection -Session $bob | Format-Table | Out-Host
    if ((Get-KandyConnection -Session $bob).State -ne 'Connected') { throw 'Bob did not reconnect.' }

    Show 'A wrong password is an ErrorRecord with a stable id'
    $wrong = [pscredential]::new($emulator.Users[2].UserName, (ConvertTo-SecureString 'not-the-password' -AsPlainText -Force))
    try { Connect-Kandy -Uri $emulator.Uri -Credential $wrong -LogLevel Silent | Out-Null }
    catch { Write-Host "  $($_.FullyQualifiedErrorId) ($($_.CategoryInfo.Category)): $($_.Exception.Message)" }

    Show 'Disconnect-Kandy'
    Get-KandySession | Disconnect-Kandy
    Wait-Event -Timeout 1 | Out-Null
}
finally {
    Unregister-KandyEvent -SourceIdentifier DemoSubscription -ErrorAction Ignore
    Get-KandySession | Disconnect-Kandy -ErrorAction Ignore
    $emulator | Stop-KandyEmulator
}
Show 'Done'
