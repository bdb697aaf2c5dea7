@{
    Synopsis    = 'Gets the Kandy Link services and whether the session is subscribed to each.'
    Description = 'Get-KandyService lists the services a server offers (call, IM, Presence) with the session''s subscription state (the SDK''s services.getSubscriptions).'
    Parameters  = @{
        Name       = 'Service names to get; wildcards are allowed. The default is all.'
        Subscribed = 'Gets only the services the session is subscribed to.'
    }
    Examples    = @(
        @{ Code = 'Get-KandyService'; Remarks = 'Every service of the current session.' }
        @{ Code = 'Get-KandySession | Get-KandyService -Subscribed'; Remarks = 'The granted services of every session.' }
    )
    Links       = @('Register-KandyService', 'Unregister-KandyService')
}
