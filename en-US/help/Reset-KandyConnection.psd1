@{
    Synopsis    = 'Closes and reopens a session''s notification WebSocket.'
    Description = 'Reset-KandyConnection drops the notification WebSocket and starts a new connect cycle (the SDK''s connection.resetConnection), for example after a network change. ws:change events report the progress.'
    Parameters  = @{
        PassThru = 'Writes the connection to the pipeline.'
    }
    Examples    = @(
        @{ Code = 'Reset-KandyConnection'; Remarks = 'Reopens the socket of the current session.' }
        @{ Code = 'Reset-KandyConnection -WhatIf'; Remarks = 'Shows which session''s socket would be reopened.' }
    )
    Links       = @('Get-KandyConnection')
}
