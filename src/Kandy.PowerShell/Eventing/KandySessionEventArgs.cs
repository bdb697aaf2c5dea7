// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Eventing;

/// <summary>
/// The <c>$Event.SourceEventArgs</c> of every Kandy engine event: the session, the SDK event name and the SDK
/// payload. Each payload field is also a property of this object (<c>$Event.SourceEventArgs.reason</c>).
/// </summary>
public sealed class KandySessionEventArgs : EventArgs
{
    internal KandySessionEventArgs(KandySession session, string eventName, PSObject payload)
    {
        Session = session;
        EventName = eventName;
        Payload = payload;
        TimeCreated = DateTimeOffset.Now;
    }

    /// <summary>The session the event belongs to.</summary>
    public KandySession Session { get; }

    /// <summary>The SDK event name, e.g. <c>ws:change</c>.</summary>
    public string EventName { get; }

    /// <summary>The SDK payload as an object with one property per field.</summary>
    public PSObject Payload { get; }

    /// <summary>When the module received the event.</summary>
    public DateTimeOffset TimeCreated { get; }

    /// <summary>The PowerShell source identifier of this event (<c>Kandy.</c> + event name).</summary>
    public string SourceIdentifier => KandyEventNames.SourceIdentifierPrefix + EventName;
}
