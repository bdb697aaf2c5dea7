@{
    Synopsis    = 'Gets a session''s configuration.'
    Description = 'Get-KandyConfiguration returns the configuration a session runs with (the SDK''s getConfig): server addresses, subscription lifetime, connectivity checking and reconnect timing, notification de-duplication, request headers and the log level. Change it with Set-KandyConfiguration.'
    Examples    = @(
        @{ Code = 'Get-KandyConfiguration'; Remarks = 'The configuration of the current session.' }
        @{ Code = 'Get-KandySession | Get-KandyConfiguration | Select-Object Session, PingInterval, ReconnectDelay'; Remarks = 'Compares the timers of every session.' }
    )
    Links       = @('Set-KandyConfiguration', 'Connect-Kandy')
}
