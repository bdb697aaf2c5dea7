// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Completers;
using Kandy.PowerShell.Eventing;
using Kandy.PowerShell.Models;
using Microsoft.PowerShell.Commands;

namespace Kandy.PowerShell.Commands;

/// <summary>
/// Register-KandyEvent: subscribes to an SDK event (<c>call:receive</c>, <c>ws:change</c>...) of every session or of
/// one; -Action, -SourceIdentifier, -MessageData, -MaxTriggerCount and -SupportEvent work as in Register-ObjectEvent.
/// </summary>
[Cmdlet(VerbsLifecycle.Register, "KandyEvent")]
[OutputType(typeof(PSEventJob))]
public sealed class RegisterKandyEventCommand : ObjectEventRegistrationBase
{
    /// <summary>The SDK event name; wildcards allowed (<c>subscription:*</c>).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(EventNameCompleter))]
    public string EventName { get; set; } = string.Empty;

    /// <summary>Only events of this session; by default events of every session, including later ones.</summary>
    [Parameter]
    [ValidateNotNull]
    public KandySession? Session { get; set; }

    /// <inheritdoc />
    protected override object GetSourceObject() => KandyEventSource.Create(EventName, Session);

    /// <inheritdoc />
    protected override string GetSourceObjectEventName() => nameof(KandyEventSource.Raised);
}
