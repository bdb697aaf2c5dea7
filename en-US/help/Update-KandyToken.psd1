@{
    Synopsis    = 'Gives a session a new access token or HMAC token.'
    Description = 'Update-KandyToken replaces the token a session authenticates with, without reconnecting: subscriptions, the WebSocket and calls continue. Use it when a token is about to expire or after a request:error event reported an authorization failure.'
    Parameters  = @{
        AccessToken  = 'The new OAuth access token, as a SecureString.'
        RefreshToken = 'A refresh token to keep with the access token, as a SecureString.'
        HmacToken    = 'The new HMAC token, as a SecureString.'
    }
    Examples    = @(
        @{ Code = 'Update-KandyToken -AccessToken $newToken'; Remarks = 'Replaces the current session''s access token.' }
        @{ Code = 'Register-KandyEvent -EventName request:error -Action { Update-KandyToken -Session $Event.SourceEventArgs.Session -AccessToken (Get-MyToken) }'; Remarks = 'Refreshes the token whenever the server rejects it (Get-MyToken stands for your own token source).' }
    )
    Links       = @('Connect-Kandy', 'about_Kandy_Events')
}
