// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Rtcp;

/// <summary>An SDES chunk: a source and its items (RFC 3550 §6.5).</summary>
/// <param name="Ssrc">The source described.</param>
/// <param name="Items">Its items in order.</param>
public sealed record RtcpSourceDescriptionChunk(uint Ssrc, IReadOnlyList<RtcpSourceDescriptionItem> Items)
{
    /// <summary>Gets the encoded length: SSRC, items, then 1–4 null bytes up to a 32-bit boundary.</summary>
    internal int EncodedLength => (4 + Items.Sum(i => 2 + i.Value.Length) + 4) & ~3;

    /// <summary>Gets the CNAME item text, or null.</summary>
    public string? CanonicalName => Items.FirstOrDefault(i => i.Type == RtcpSourceDescriptionItemType.CanonicalName)?.Text;
}
