@{
    Synopsis    = 'Signs a user in to a Kandy Link server and returns the session.'
    Description = @'
Connect-Kandy signs a user in with a password (-Credential), an OAuth access token (-AccessToken) or an HMAC token (-HmacToken), subscribes to the requested services and opens the notification WebSocket. It returns a KandySession object; later Kandy cmdlets use the most recent session of the runspace unless -Session names another, so several users can be connected at once.

The server is given either as a URI (-Uri, for example the Uri of Start-KandyEmulator) or as -Server with -Port and -Protocol. An http server gets a plain ws:// notification socket; https gets wss://.

Every SDK event of the session (ws:change, subscription:change, request:error, ...) is raised as a PowerShell engine event named Kandy.<event name>; see about_Kandy_Events. Engine log entries at or above -LogLevel go to the Debug (trace, debug), Verbose (info) and Warning (warn, error) streams while a Kandy command runs, and to the -LogPath file if one is given. Passwords and tokens never appear in messages or logs.
'@
    Parameters  = @{
        Uri                  = 'Base URI of the server, for example https://link.example.com:443 or the Uri property of an emulator. Use either -Uri or -Server.'
        Server               = 'Host name or IP address of the server, used with -Port and -Protocol instead of -Uri.'
        Port                 = 'TCP port of the server when -Server is used. The default is 443.'
        Protocol             = 'https (the default) or http, when -Server is used.'
        Credential           = 'User name and password of the user. The password is sent only to the server and never written to a log or message.'
        UserName             = 'The user the token belongs to (with -AccessToken or -HmacToken).'
        AccessToken          = 'An OAuth access token for the user, as a SecureString. Replace it before it expires with Update-KandyToken.'
        HmacToken            = 'An HMAC token for the user, as a SecureString.'
        Service              = 'The Kandy Link services to subscribe to: call, IM, Presence. The default is all three. Register-KandyService adds more later.'
        LogLevel             = 'The lowest level of engine log entries the session records: Trace, Debug, Info (default), Warn, Error or Silent.'
        LogPath              = 'A file the session appends its log to, in addition to the PowerShell streams.'
        SkipCertificateCheck = 'Accepts any TLS certificate. Use it only for a test server such as Start-KandyEmulator -Https.'
        ForceLogOut          = 'Asks the server to end other sessions of the same user, for servers that limit the number of sessions.'
    }
    Examples    = @(
        @{
            Code    = @'
$emulator = Start-KandyEmulator
$session = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
'@
            Remarks = 'Starts the built-in emulator and signs in its first user. The session object is returned; Kandy cmdlets use it by default.'
        }
        @{
            Code    = @'
$alice = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
$bob   = Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[1].Credential
Get-KandyService -Session $bob
'@
            Remarks = 'Two users in one script: pass -Session to choose which one a cmdlet works for.'
        }
        @{
            Code    = 'Connect-Kandy -Server link.example.com -Port 443 -UserName alice@example.com -AccessToken (Read-Host -AsSecureString) -LogLevel Debug -LogPath ./kandy.log'
            Remarks = 'Signs in with an access token against a real server and keeps a debug log in a file.'
        }
    )
    Links       = @('Disconnect-Kandy', 'Get-KandySession', 'Update-KandyToken', 'about_Kandy')
}
