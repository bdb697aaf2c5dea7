@{
    Synopsis    = 'Gets the versions of the module, its engine and the Kandy SDK they follow.'
    Description = 'Get-KandyVersion returns the module version, the engine (Kandy.Core) version, the Kandy Link JavaScript SDK version whose behaviour the engine follows (the SDK''s getVersion), and the PowerShell and .NET versions. It needs no session.'
    Examples    = @(
        @{ Code = 'Get-KandyVersion'; Remarks = 'Shows every version.' }
        @{ Code = '(Get-KandyVersion).SdkVersion'; Remarks = 'Returns 5.2.0.' }
    )
    Links       = @('Get-KandyEnvironment')
}
