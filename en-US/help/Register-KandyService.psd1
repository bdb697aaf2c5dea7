@{
    Synopsis    = 'Subscribes a session to more Kandy Link services.'
    Description = 'Register-KandyService adds services (call, IM, Presence) to the session''s subscription (the SDK''s services.subscribe). A subscription:change event follows; a refused service raises subscription:error.'
    Parameters  = @{
        Name     = 'The services to add. Tab completion lists call, IM and Presence.'
        PassThru = 'Writes the requested services, with their new state, to the pipeline.'
    }
    Examples    = @(
        @{ Code = 'Register-KandyService -Name Presence'; Remarks = 'Adds the presence service.' }
        @{ Code = 'Register-KandyService IM, Presence -Session $bob -PassThru'; Remarks = 'Adds two services to one session and shows them.' }
    )
    Links       = @('Get-KandyService', 'Unregister-KandyService')
}
