@{
    Synopsis    = 'Turns connectivity checking and WebSocket notifications on or off.'
    Description = 'Set-KandyConnection changes how a session uses its notification WebSocket: -ConnectivityChecking starts or stops the keepalive messages (the SDK''s enableConnectivityChecking), -WebSocketNotifications starts or stops receiving notifications over the socket (the SDK''s notification.enableWebsocket).'
    Parameters  = @{
        ConnectivityChecking   = '$true sends keepalive messages on the WebSocket; $false stops them.'
        WebSocketNotifications = '$true processes notifications arriving on the WebSocket; $false ignores them (for push-only setups).'
        PassThru               = 'Writes the connection to the pipeline.'
    }
    Examples    = @(
        @{ Code = 'Set-KandyConnection -ConnectivityChecking $false'; Remarks = 'Stops the keepalive messages of the current session.' }
        @{ Code = 'Set-KandyConnection -Session $bob -WebSocketNotifications $true -PassThru'; Remarks = 'Turns notifications back on for one session and shows the connection.' }
    )
    Links       = @('Get-KandyConnection')
}
