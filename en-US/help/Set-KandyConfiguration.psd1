@{
    Synopsis    = 'Changes a session''s configuration.'
    Description = 'Set-KandyConfiguration changes the configuration of a running session (the SDK''s updateConfig). Only the parameters given change. Subscription values apply at the next subscribe, connectivity values at the next connect cycle or ping, request values at the next request, and the log level at once.'
    Parameters  = @{
        LogLevel                     = 'The lowest level of engine log entries the session records: Trace, Debug, Info, Warn, Error or Silent.'
        SubscriptionExpires          = 'The subscription lifetime to request, for example (New-TimeSpan -Minutes 10).'
        ServiceUnavailableMaxRetries = 'How many extra subscribe attempts are made while the server answers 503 with a retry delay.'
        PingInterval                 = 'The interval between keepalive messages on the WebSocket.'
        ReconnectLimit               = 'The number of attempts per reconnect cycle; 0 means unlimited.'
        ReconnectDelay               = 'The base delay between reconnect attempts.'
        ReconnectTimeMultiplier      = 'The factor the delay grows by after each failed attempt (1 keeps it constant).'
        ReconnectTimeLimit           = 'The upper bound of the reconnect delay.'
        AutoReconnect                = 'Whether a lost WebSocket is reopened automatically.'
        MaxMissedPings               = 'How many ping intervals may pass without traffic before the socket counts as lost (ping-pong modes).'
        IdCacheLength                = 'How many recent notification ids are remembered to drop duplicates; 0 turns de-duplication off.'
        InjectAgentVersionHeader     = 'Whether requests carry the X-Cpaas-Agent version header.'
        AgentVersionHeaderSuffix     = 'Text appended (after a space) to the agent version header.'
    }
    Examples    = @(
        @{ Code = 'Set-KandyConfiguration -LogLevel Debug'; Remarks = 'Shows the engine''s debug log of the current session with -Debug.' }
        @{ Code = 'Set-KandyConfiguration -ReconnectDelay ''00:00:02'' -ReconnectLimit 0 -PassThru'; Remarks = 'Reconnects every two seconds without limit, and shows the new configuration.' }
    )
    Links       = @('Get-KandyConfiguration')
}
