@{
    Synopsis    = 'Removes subscriptions made with Register-KandyEvent.'
    Description = 'Unregister-KandyEvent removes Kandy event subscriptions by SourceIdentifier, by SDK event name, or from subscriber objects piped from Get-EventSubscriber. Unregister-Event works too; this cmdlet adds selection by event name and touches only Kandy subscriptions.'
    Parameters  = @{
        SourceIdentifier = 'The SourceIdentifier of the subscription; wildcards are allowed. Tab completion lists the Kandy subscriptions.'
        Subscriber       = 'A subscriber object from Get-EventSubscriber.'
        EventName        = 'Removes every Kandy subscription for this SDK event name; wildcards are allowed.'
        PassThru         = 'Writes the removed subscribers to the pipeline.'
    }
    Examples    = @(
        @{ Code = 'Unregister-KandyEvent -SourceIdentifier BobSubscription'; Remarks = 'Removes one subscription.' }
        @{ Code = 'Unregister-KandyEvent -EventName *'; Remarks = 'Removes every Kandy event subscription.' }
    )
    Links       = @('Register-KandyEvent', 'about_Kandy_Events')
}
