// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections;

namespace Kandy.Media.WebRtc;

/// <summary>The result of <see cref="PeerConnection.GetStatsAsync"/>: stats objects by id (W3C <c>RTCStatsReport</c>).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "Named after the W3C RTCStatsReport.")]
public sealed class RtcStatsReport : IReadOnlyDictionary<string, RtcStats>
{
    private readonly Dictionary<string, RtcStats> stats;

    internal RtcStatsReport(IEnumerable<RtcStats> items)
    {
        stats = items.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public int Count => stats.Count;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => stats.Keys;

    /// <inheritdoc/>
    public IEnumerable<RtcStats> Values => stats.Values;

    /// <inheritdoc/>
    public RtcStats this[string key] => stats[key];

    /// <summary>Gets every stats object of one W3C type.</summary>
    /// <param name="type">For example <c>inbound-rtp</c>.</param>
    /// <returns>The matching objects.</returns>
    public IEnumerable<RtcStats> OfType(string type) => stats.Values.Where(s => s.Type == type);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => stats.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out RtcStats value) => stats.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, RtcStats>> GetEnumerator() => stats.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
