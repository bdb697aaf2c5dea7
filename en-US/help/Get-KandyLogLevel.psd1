@{
    Synopsis    = 'Gets the log level of a session, or the list of levels.'
    Description = 'Get-KandyLogLevel returns the lowest level of engine log entries a session records (set with Connect-Kandy -LogLevel or Set-KandyConfiguration -LogLevel). With -ListAvailable it lists every level, lowest first (the SDK''s logger.levels). Trace and Debug entries go to the Debug stream, Info to the Verbose stream, Warn and Error to the Warning stream.'
    Parameters  = @{
        Session       = 'The session; by default the current one.'
        ListAvailable = 'Lists every level: Trace, Debug, Info, Warn, Error, Silent.'
    }
    Examples    = @(
        @{ Code = 'Get-KandyLogLevel'; Remarks = 'The level of the current session.' }
        @{ Code = 'Get-KandyLogLevel -ListAvailable'; Remarks = 'Every level, lowest first.' }
    )
    Links       = @('Set-KandyConfiguration', 'Connect-Kandy')
}
