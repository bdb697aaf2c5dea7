// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>One stats object with W3C webrtc-stats names: <see cref="Type"/> is e.g. <c>inbound-rtp</c>, members are e.g. <c>packetsReceived</c>.</summary>
/// <remarks>Names follow W3C "Identifiers for WebRTC's Statistics API" so results compare one to one with a browser's getStats.</remarks>
public sealed class RtcStats
{
    internal RtcStats(string id, string type, DateTimeOffset timestamp, IReadOnlyDictionary<string, object?> members)
    {
        Id = id;
        Type = type;
        Timestamp = timestamp;
        Members = members;
    }

    /// <summary>Gets the id, unique within a report; other stats refer to it (e.g. <c>codecId</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the W3C type: inbound-rtp, outbound-rtp, remote-inbound-rtp, candidate-pair, local-candidate, remote-candidate, transport, certificate, codec.</summary>
    public string Type { get; }

    /// <summary>Gets when the values were read.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>Gets the members by W3C name.</summary>
    public IReadOnlyDictionary<string, object?> Members { get; }

    /// <summary>Reads a member converted to <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">A numeric type, string or bool.</typeparam>
    /// <param name="name">The W3C member name.</param>
    /// <returns>The value, or default when absent.</returns>
    public T? Get<T>(string name) =>
        Members.TryGetValue(name, out var value) && value is not null
            ? (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture)
            : default;

    /// <inheritdoc/>
    public override string ToString() => $"{Type} {Id}: " + string.Join(", ", Members.Select(m => $"{m.Key}={m.Value}"));
}
