@{
    Synopsis    = 'Gets the open Kandy sessions: user, server, services and socket state.'
    Description = 'Get-KandySession lists the sessions opened by Connect-Kandy in this runspace, oldest first (the SDK''s getUserInfo). The last one is the current session that cmdlets use when -Session is not given. Services and ConnectionState are read live from the engine.'
    Parameters  = @{
        Id      = 'Ids of the sessions to get (the Id property, 1, 2, ...). Tab completion lists the open sessions.'
        Current = 'Gets only the current session, the one cmdlets use by default.'
    }
    Examples    = @(
        @{ Code = 'Get-KandySession'; Remarks = 'A table of the open sessions.' }
        @{ Code = 'Get-KandySession -Id 2 | Select-Object UserName, Services, ConnectionState'; Remarks = 'Details of session 2.' }
        @{ Code = '(Get-KandySession -Current).RecentLog | Select-Object -Last 20'; Remarks = 'The last log lines the current session recorded while no command was running.' }
    )
    Links       = @('Connect-Kandy', 'Disconnect-Kandy')
}
