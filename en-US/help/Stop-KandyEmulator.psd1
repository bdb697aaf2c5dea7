@{
    Synopsis    = 'Stops emulators started with Start-KandyEmulator.'
    Description = 'Stop-KandyEmulator ends emulator processes: the ones piped in or given with -InputObject, or with -All every emulator this PowerShell process started. Sessions connected to a stopped emulator lose their server.'
    Parameters  = @{
        InputObject = 'The emulators to stop, as returned by Start-KandyEmulator.'
        All         = 'Stops every emulator this PowerShell process started.'
        PassThru    = 'Writes the stopped emulators to the pipeline.'
    }
    Examples    = @(
        @{ Code = '$emulator | Stop-KandyEmulator'; Remarks = 'Stops one emulator.' }
        @{ Code = 'Stop-KandyEmulator -All -WhatIf'; Remarks = 'Lists the emulators that would be stopped.' }
    )
    Links       = @('Start-KandyEmulator')
}
