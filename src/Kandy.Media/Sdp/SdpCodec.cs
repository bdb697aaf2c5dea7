// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Sdp;

/// <summary>One RTP format of a media description, gathered from its <c>rtpmap</c>, <c>fmtp</c> and <c>rtcp-fb</c> lines.</summary>
/// <param name="PayloadType">The payload type in the <c>m=</c> line.</param>
/// <param name="Name">The encoding name (for static types without <c>rtpmap</c>, the RFC 3551 name).</param>
/// <param name="ClockRate">The RTP clock rate in Hz.</param>
/// <param name="Channels">The channel count, or null.</param>
/// <param name="Parameters">The <c>fmtp</c> parameter text, or null.</param>
public sealed record SdpCodec(int PayloadType, string Name, int ClockRate, int? Channels = null, string? Parameters = null)
{
    /// <summary>Gets the RTCP feedback types for this format (without the payload type).</summary>
    public IReadOnlyList<SdpRtcpFeedback> Feedback { get; init; } = [];

    /// <summary>Gets the <c>rtpmap</c> line of this codec.</summary>
    public SdpRtpMap RtpMap => new(PayloadType, Name, ClockRate, Channels);

    /// <summary>Tells whether this codec has the same encoding, clock rate and channels as <paramref name="other"/>.</summary>
    /// <param name="other">The codec to compare with.</param>
    /// <returns>True for the same format regardless of payload type and parameters.</returns>
    /// <remarks>Encoding names compare case-insensitively (RFC 4855 §3); a missing channel count means 1.</remarks>
    public bool IsSameFormat(SdpCodec other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase)
            && ClockRate == other.ClockRate
            && (Channels ?? 1) == (other.Channels ?? 1);
    }

    /// <summary>Gets the RFC 3551 codec of a static payload type that needs no <c>rtpmap</c> line.</summary>
    /// <param name="payloadType">The payload type.</param>
    /// <returns>The codec, or null for a dynamic or unassigned type.</returns>
    internal static SdpCodec? Static(int payloadType) => payloadType switch
    {
        0 => new SdpCodec(0, "PCMU", 8000),
        8 => new SdpCodec(8, "PCMA", 8000),
        9 => new SdpCodec(9, "G722", 8000),
        13 => new SdpCodec(13, "CN", 8000),
        _ => null,
    };
}
