// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections;
using System.Management.Automation;
using Kandy.Core;
using Kandy.Core.Events;
using Kandy.Core.Logging;
using Kandy.PowerShell.Errors;
using KandySession = Kandy.PowerShell.Models.KandySession;

namespace Kandy.PowerShell.Eventing;

/// <summary>
/// Turns one session's SDK events into PowerShell engine events <c>Kandy.&lt;event name&gt;</c> in the runspace
/// that connected, and feeds Register-KandyEvent sources. Runs on engine threads; never touches the host.
/// </summary>
internal sealed class KandyEventForwarder : IDisposable
{
    private readonly KandySession _session;
    private readonly KandyClient _client;
    private readonly PSEventManager _events;

    public KandyEventForwarder(KandySession session, KandyClient client, PSEventManager events)
    {
        _session = session;
        _client = client;
        _events = events;
        _client.EventRaised += OnEventRaised;
    }

    /// <summary>Stops forwarding.</summary>
    public void Dispose() => _client.EventRaised -= OnEventRaised;

    /// <summary>Converts an SDK payload into an object PowerShell shows well: nested maps become objects.</summary>
    /// <param name="value">A payload value.</param>
    /// <returns>The PS-facing value.</returns>
    internal static object? Convert(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double or DateTimeOffset or TimeSpan => value,
        KandyException error => KandyErrors.ToErrorRecord(error, null),
        IReadOnlyDictionary<string, object?> map => ToObject(map),
        IDictionary<string, object?> map => ToObject(map.ToDictionary(p => p.Key, p => p.Value)),
        Enum other => other.ToString(),
        IEnumerable items => items.Cast<object?>().Select(Convert).ToArray(),
        _ => value.ToString(),
    };

    private static PSObject ToObject(IReadOnlyDictionary<string, object?> map)
    {
        var result = new PSObject();
        foreach (var (key, value) in map)
        {
            result.Properties.Add(new PSNoteProperty(key, Convert(value)));
        }

        return result;
    }

    private void OnEventRaised(object? sender, KandyEventArgs e)
    {
        try
        {
            var payload = ToObject(e.Payload);
            var record = new KandySessionEventArgs(_session, e.Name, payload);
            var view = PSObject.AsPSObject(record);
            foreach (var property in payload.Properties)
            {
                // The payload fields read as properties of SourceEventArgs, except where a name is already taken.
                if (view.Properties[property.Name] is null)
                {
                    view.Properties.Add(new PSNoteProperty(property.Name, property.Value));
                }
            }

            _events.GenerateEvent(record.SourceIdentifier, _session, [record], null);
            KandyEventSource.Dispatch(record);
        }
        catch (Exception ex) when (ex is InvalidOperationException or PSInvalidOperationException)
        {
            // The runspace that connected is gone; the session will be closed with the module.
            _session.Sink.Write(new KandyLogEntry(
                DateTimeOffset.UtcNow, Kandy.Core.Logging.KandyLogLevel.Debug, "EVENTS", 0, null, $"Event {e.Name} dropped: {ex.Message}", null));
        }
    }
}
