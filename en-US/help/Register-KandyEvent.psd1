@{
    Synopsis    = 'Subscribes to a Kandy SDK event, optionally with an action.'
    Description = @'
Register-KandyEvent subscribes to an SDK event such as call:receive, ws:change or subscription:change, of every session (including sessions opened later) or of one session. It works like Register-ObjectEvent: with -Action the script block runs for each event, with $Event.SourceEventArgs holding the session, the event name and the payload fields as properties; without -Action the events queue for Wait-Event and Get-Event under the -SourceIdentifier.

Independently of any registration, every SDK event is also raised as the engine event Kandy.<event name>, so Wait-Event -SourceIdentifier Kandy.ws:change works without registering. See about_Kandy_Events.
'@
    Parameters  = @{
        EventName        = 'The SDK event name, for example ws:change or call:receive. Wildcards are allowed (subscription:*). Tab completion lists the known events.'
        Session          = 'Only events of this session. Without it, events of every session are delivered.'
        SourceIdentifier = 'A name for the subscription, used by Wait-Event, Get-Event and Unregister-KandyEvent. Without it, a GUID is generated.'
        Action           = 'A script block run for each event. $Event, $EventArgs, $Sender and $EventSubscriber are set. Actions run when the pipeline thread is free (between commands or during Wait-Event).'
        MessageData      = 'Any object, passed to the action as $Event.MessageData.'
        SupportEvent     = 'Hides the subscription from Get-EventSubscriber; used by modules that build on Kandy events.'
        Forward          = 'Forwards the events to the session that started this one (remoting).'
        MaxTriggerCount  = 'Unregisters the subscription after this many events.'
    }
    Examples    = @(
        @{
            Code    = 'Register-KandyEvent -EventName ws:change -Action { Write-Host "Socket of $($Event.SourceEventArgs.Session.UserName) changed" }'
            Remarks = 'Runs a script block whenever a notification WebSocket changes state.'
        }
        @{
            Code    = @'
Register-KandyEvent -EventName subscription:change -Session $bob -SourceIdentifier BobSubscription
Wait-Event -SourceIdentifier BobSubscription -Timeout 10
'@
            Remarks = 'Queues the subscription changes of one session and waits for the next one.'
        }
    )
    Links       = @('Unregister-KandyEvent', 'Wait-Event', 'about_Kandy_Events')
}
