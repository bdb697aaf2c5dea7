@{
    RootModule           = 'Kandy.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5d0c4a8e-6f0b-4a55-9a63-2f7c1d9e4b21'
    Author               = 'Kandy for PowerShell contributors'
    CompanyName          = 'Kandy for PowerShell contributors'
    Copyright            = '(c) Kandy for PowerShell contributors. MIT License.'
    Description          = 'Kandy Link communications from PowerShell: sessions, real WebRTC calls with audio, DTMF, statistics, history, contacts, directory, messaging, presence, voicemail, SIP events, and a built-in Kandy Link emulator for tests.'
    CompatiblePSEditions = @('Core')
    PowerShellVersion    = '7.4'
    FormatsToProcess     = @('Kandy.format.ps1xml')
    CmdletsToExport      = @(
        'Connect-Kandy'
        'Disconnect-Kandy'
        'Get-KandySession'
        'Update-KandyToken'
        'Get-KandyConfiguration'
        'Set-KandyConfiguration'
        'Get-KandyVersion'
        'Get-KandyEnvironment'
        'Register-KandyEvent'
        'Unregister-KandyEvent'
        'Get-KandyConnection'
        'Set-KandyConnection'
        'Reset-KandyConnection'
        'Register-KandyService'
        'Unregister-KandyService'
        'Get-KandyService'
        'Invoke-KandyRestMethod'
        'Get-KandyLogLevel'
        'Start-KandyEmulator'
        'Stop-KandyEmulator'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Kandy', 'KandyLink', 'Ribbon', 'WebRTC', 'SIP', 'Telephony', 'VoIP', 'Testing', 'Pester', 'PSEdition_Core', 'Linux', 'Windows', 'MacOS')
            ProjectUri   = 'https://github.com/kandy-powershell/Kandy'
            LicenseUri   = 'https://github.com/kandy-powershell/Kandy/blob/main/LICENSE'
            ReleaseNotes = 'First release: sessions, subscriptions, notifications, events and the built-in emulator.'
        }
    }
}
