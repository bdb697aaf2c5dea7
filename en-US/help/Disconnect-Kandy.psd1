@{
    Synopsis    = 'Ends a Kandy session.'
    Description = 'Disconnect-Kandy unsubscribes from the server, closes the notification WebSocket and releases the session. The session object stays readable (IsOpen becomes False) but cannot be used again. Without -Session, the current session of the runspace is closed.'
    Examples    = @(
        @{ Code = 'Disconnect-Kandy'; Remarks = 'Closes the most recent session.' }
        @{ Code = 'Get-KandySession | Disconnect-Kandy'; Remarks = 'Closes every session of this runspace.' }
        @{ Code = 'Disconnect-Kandy -Session $bob -WhatIf'; Remarks = 'Shows which session would be closed, without closing it.' }
    )
    Links       = @('Connect-Kandy', 'Get-KandySession')
}
