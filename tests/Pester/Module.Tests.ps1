# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'KandyTestHelper.psm1') -Force
    Import-KandyTestModule
    $manifest = Import-PowerShellDataFile (Join-Path $env:KANDY_MODULE_PATH 'Kandy.psd1')
    $childPwsh = Join-Path $PSHOME 'pwsh'
    if (-not (Test-Path $childPwsh)) { $childPwsh = (Get-Command pwsh).Source }
    $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
}

Describe 'The Kandy module' {
    It 'exports exactly the cmdlets its manifest lists' {
        $exported = (Get-Command -Module Kandy -CommandType Cmdlet).Name | Sort-Object
        $exported | Should -Be ($manifest.CmdletsToExport | Sort-Object)
        (Get-Command -Module Kandy -CommandType Function, Alias) | Should -BeNullOrEmpty
    }

    It 'has a manifest without wildcard exports, for PowerShell 7.4+ Core only' {
        $manifest.CmdletsToExport | Should -Not -Contain '*'
        $manifest.CompatiblePSEditions | Should -Be @('Core')
        $manifest.PowerShellVersion | Should -Be '7.4'
        $manifest.FormatsToProcess | Should -Be @('Kandy.format.ps1xml')
        $manifest.PrivateData.PSData.Tags | Should -Contain 'Kandy'
    }

    It 'loads Kandy.Core into its own load context, not the default one' {
        Get-KandyVersion | Out-Null
        $core = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Kandy.Core' }
        $core | Should -Not -BeNullOrEmpty
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($core[0]).Name | Should -Be 'Kandy'
    }
}

Describe 'Help of <_>' -ForEach @((Import-PowerShellDataFile (Join-Path $env:KANDY_MODULE_PATH 'Kandy.psd1')).CmdletsToExport) {
    BeforeAll { $help = Get-Help $_ -Full; $name = $_ }

    It 'has a synopsis and a description' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match "^\s*$name \["    # the generated fallback when no help is found
        ($help.Description.Text -join '') | Should -Not -BeNullOrEmpty
    }

    It 'has at least one example with code and remarks' {
        @($help.Examples.Example).Count | Should -BeGreaterThan 0
        foreach ($example in $help.Examples.Example) {
            $example.Code | Should -Not -BeNullOrEmpty
            ($example.Remarks.Text -join '') | Should -Not -BeNullOrEmpty
        }
    }

    It 'describes every parameter' {
        $parameters = (Get-Command $name).Parameters.Keys | Where-Object { $_ -notin $common }
        $described = @{}
        foreach ($p in @($help.Parameters.Parameter)) { if ($p) { $described[$p.Name] = $p.Description.Text -join '' } }
        foreach ($parameter in $parameters) {
            $described[$parameter] | Should -Not -BeNullOrEmpty -Because "-$parameter of $name needs a description"
        }
    }
}

Describe 'About topics' {
    It 'has <_>' -ForEach 'about_Kandy', 'about_Kandy_Events' {
        (Get-Help $_ | Out-String) | Should -Match 'SHORT DESCRIPTION'
    }
}

Describe 'Importing the module' {
    It 'loads neither the engine nor any network assembly' {
        # Get-Date and Out-Null first, so that PowerShell's own Utility module (which loads System.Net.Http) is in $before.
        $script = @"
Get-Date | Out-Null
`$before = [AppDomain]::CurrentDomain.GetAssemblies().GetName().Name
Import-Module '$env:KANDY_MODULE_PATH/Kandy.psd1'
`$after = [AppDomain]::CurrentDomain.GetAssemblies().GetName().Name
(`$after | Where-Object { `$_ -notin `$before }) -join ','
"@
        $loaded = & $childPwsh -NoProfile -NonInteractive -Command $script
        $LASTEXITCODE | Should -Be 0
        $loaded | Should -Not -Match 'Kandy\.Core|System\.Net\.|Websocket'
        $loaded | Should -Match 'Kandy\.PowerShell'
    }

    It 'works in a network namespace with no interface at all' {
        $output = & unshare -n $childPwsh -NoProfile -NonInteractive -Command "Import-Module '$env:KANDY_MODULE_PATH/Kandy.psd1'; (Get-KandyVersion).SdkVersion"
        $LASTEXITCODE | Should -Be 0
        $output | Should -Be '5.2.0'
    }
}

Describe 'Removing the module' {
    BeforeAll { $emulator = Start-KandyEmulator }
    AfterAll { $emulator | Stop-KandyEmulator }

    It 'closes every session and stops every emulator it started' {
        $user = $emulator.Users[0]
        $password = $user.Credential.GetNetworkCredential().Password
        $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$env:KANDY_MODULE_PATH/Kandy.psd1'
`$credential = [pscredential]::new('$($user.UserName)', (ConvertTo-SecureString '$password' -AsPlainText -Force))
Connect-Kandy -Uri '$($emulator.Uri)' -Credential `$credential | Out-Null
`$own = Start-KandyEmulator
Remove-Module Kandy
`$own.ProcessId
"@
        $ownPid = & $childPwsh -NoProfile -NonInteractive -Command $script | Select-Object -Last 1
        $LASTEXITCODE | Should -Be 0
        Get-Process -Id $ownPid -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $subscriptions = @((Invoke-EmulatorControl $emulator state -Method GET).subscriptions) | Where-Object { $_ }
        $subscriptions | Should -BeNullOrEmpty
    }
}

Describe 'Isolation from other modules'' package versions' {
    BeforeAll {
        # Older copies of packages the engine also uses, restored from the registry by a PackageDownload project.
        $project = Join-Path $PSScriptRoot '../../tools/ConflictPackages/ConflictPackages.csproj'
        & dotnet restore $project --nologo -v q | Out-Null
        $LASTEXITCODE | Should -Be 0
        $packages = ((& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', '').Trim()
        $logging = Join-Path $packages 'microsoft.extensions.logging.abstractions/8.0.0/lib/net8.0/Microsoft.Extensions.Logging.Abstractions.dll'
        $bouncy = Join-Path $packages 'bouncycastle.cryptography/2.4.0/lib/net6.0/BouncyCastle.Cryptography.dll'
        $emulator = Start-KandyEmulator
    }
    AfterAll { $emulator | Stop-KandyEmulator }

    It 'imports and connects after older Microsoft.Extensions.Logging.Abstractions and BouncyCastle were loaded' {
        $logging | Should -Exist
        $bouncy | Should -Exist
        $user = $emulator.Users[0]
        $password = $user.Credential.GetNetworkCredential().Password
        $script = @"
`$ErrorActionPreference = 'Stop'
Add-Type -Path '$logging'
Add-Type -Path '$bouncy'
Import-Module '$env:KANDY_MODULE_PATH/Kandy.psd1'
`$credential = [pscredential]::new('$($user.UserName)', (ConvertTo-SecureString '$password' -AsPlainText -Force))
`$session = Connect-Kandy -Uri '$($emulator.Uri)' -Credential `$credential
`$state = `$session.ConnectionState
Disconnect-Kandy -Session `$session
`$versions = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Microsoft.Extensions.Logging.Abstractions' } | ForEach-Object { `$_.GetName().Version.Major }
"`$state;`$((`$versions | Sort-Object) -join ',')"
"@
        $output = & $childPwsh -NoProfile -NonInteractive -Command $script
        $LASTEXITCODE | Should -Be 0
        $state, $versions = ($output | Select-Object -Last 1) -split ';'
        $state | Should -Be 'Connected'
        $versions -split ',' | Should -Contain '8'      # the other module's copy stays loaded...
        $versions -split ',' | Should -Contain '10'     # ...next to the engine's own
    }
}
