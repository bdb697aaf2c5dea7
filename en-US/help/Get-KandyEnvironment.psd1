@{
    Synopsis    = 'Gets the runtime, platform and capabilities the module runs with.'
    Description = 'Get-KandyEnvironment describes the environment (the SDK''s getBrowserDetails): .NET runtime, operating system, architectures, PowerShell version and edition, where the module was loaded from, and whether the built-in emulator and the media stack are present. It needs no session and does no network access.'
    Examples    = @(
        @{ Code = 'Get-KandyEnvironment'; Remarks = 'Shows the environment.' }
        @{ Code = 'if (-not (Get-KandyEnvironment).EmulatorAvailable) { throw ''Build the module first.'' }'; Remarks = 'Checks that Start-KandyEmulator can work.' }
    )
    Links       = @('Get-KandyVersion')
}
