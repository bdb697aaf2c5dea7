@{
    Synopsis    = 'Gets the state and settings of a session''s notification WebSocket.'
    Description = 'Get-KandyConnection returns the notification WebSocket of a session (the SDK''s connection.getSocketState): its state (Disconnected, Connecting, Connected, Reconnecting), the last time the server was heard from, and the connectivity-check and reconnect settings.'
    Examples    = @(
        @{ Code = 'Get-KandyConnection'; Remarks = 'The socket of the current session.' }
        @{ Code = 'Get-KandySession | Get-KandyConnection | Where-Object State -ne Connected'; Remarks = 'Sessions whose socket is not open.' }
    )
    Links       = @('Set-KandyConnection', 'Reset-KandyConnection')
}
