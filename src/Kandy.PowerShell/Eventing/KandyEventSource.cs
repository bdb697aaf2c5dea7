// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Eventing;

/// <summary>
/// The object Register-KandyEvent subscribes to: it raises <see cref="Raised"/> for one SDK event name,
/// from every session or from one. PowerShell's object-event machinery then gives -Action, -MaxTriggerCount,
/// Wait-Event and Unregister-Event.
/// </summary>
public sealed class KandyEventSource
{
    private static readonly List<KandyEventSource> Sources = [];
    private EventHandler<KandySessionEventArgs>? _raised;

    internal KandyEventSource(string eventName, KandySession? session)
    {
        EventName = eventName;
        Session = session;
    }

    /// <summary>Raised for each matching SDK event.</summary>
    public event EventHandler<KandySessionEventArgs>? Raised
    {
        add
        {
            lock (Sources)
            {
                _raised += value;
            }
        }

        remove
        {
            lock (Sources)
            {
                _raised -= value;
                if (_raised is null)
                {
                    Sources.Remove(this);
                }
            }
        }
    }

    /// <summary>The SDK event name this source raises (wildcards allowed, e.g. <c>call:*</c>).</summary>
    public string EventName { get; }

    /// <summary>The one session this source listens to; <c>null</c> for every session.</summary>
    public KandySession? Session { get; }

    /// <summary>Creates a source and keeps it until its last subscriber leaves.</summary>
    /// <param name="eventName">The SDK event name or wildcard pattern.</param>
    /// <param name="session">The session to listen to, or <c>null</c> for all.</param>
    /// <returns>The new source.</returns>
    internal static KandyEventSource Create(string eventName, KandySession? session)
    {
        var source = new KandyEventSource(eventName, session);
        lock (Sources)
        {
            Sources.Add(source);
        }

        return source;
    }

    /// <summary>Raises the event on every matching source. Called from engine threads.</summary>
    /// <param name="record">The event.</param>
    internal static void Dispatch(KandySessionEventArgs record)
    {
        List<EventHandler<KandySessionEventArgs>> handlers = [];
        List<KandyEventSource> senders = [];
        lock (Sources)
        {
            foreach (var source in Sources)
            {
                if (source._raised is { } handler && source.Matches(record))
                {
                    handlers.Add(handler);
                    senders.Add(source);
                }
            }
        }

        // Outside the lock: a handler may unsubscribe (MaxTriggerCount) while it runs.
        for (var i = 0; i < handlers.Count; i++)
        {
            handlers[i](senders[i], record);
        }
    }

    private bool Matches(KandySessionEventArgs record) =>
        (Session is null || ReferenceEquals(Session, record.Session))
        && new System.Management.Automation.WildcardPattern(EventName, System.Management.Automation.WildcardOptions.IgnoreCase).IsMatch(record.EventName);
}
