@{
    Synopsis    = 'Unsubscribes a session from Kandy Link services.'
    Description = 'Unregister-KandyService removes services from the session''s subscription (the SDK''s services.unsubscribe). Removing every service ends the subscription.'
    Parameters  = @{
        Name     = 'The services to remove.'
        PassThru = 'Writes the services, with their new state, to the pipeline.'
    }
    Examples    = @(
        @{ Code = 'Unregister-KandyService -Name IM'; Remarks = 'Stops instant messaging notifications.' }
        @{ Code = 'Get-KandyService -Subscribed | Where-Object Name -ne call | Unregister-KandyService'; Remarks = 'Keeps only the call service.' }
    )
    Links       = @('Get-KandyService', 'Register-KandyService')
}
