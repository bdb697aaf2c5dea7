// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;

namespace Kandy.Media.Codecs;

/// <summary>What SDP says about one audio payload format: <c>a=rtpmap</c> and <c>a=fmtp</c>.</summary>
/// <param name="Name">The encoding name as written in <c>a=rtpmap</c> (<c>opus</c>, <c>PCMU</c>, <c>telephone-event</c>).</param>
/// <param name="ClockRate">The RTP clock rate in Hz.</param>
/// <param name="Channels">The channel count written in <c>a=rtpmap</c>; 1 is left out of the line.</param>
/// <param name="PayloadType">The payload type we offer (static types from RFC 3551, dynamic ones as Chromium numbers them).</param>
/// <param name="FormatParameters">The <c>a=fmtp</c> value, or <see langword="null"/> when there is none.</param>
/// <remarks>RFC 8866 §6.6 (<c>rtpmap</c>) and §6.15 (<c>fmtp</c>); RFC 3551 §6 for the static payload types.</remarks>
public sealed record AudioCodecInfo(string Name, int ClockRate, int Channels, int PayloadType, string? FormatParameters = null)
{
    /// <summary>Gets the value of <c>a=rtpmap</c> without the payload type, for example <c>opus/48000/2</c>.</summary>
    public string RtpMap => Channels > 1
        ? string.Create(CultureInfo.InvariantCulture, $"{Name}/{ClockRate}/{Channels}")
        : string.Create(CultureInfo.InvariantCulture, $"{Name}/{ClockRate}");

    /// <summary>Gets the whole <c>a=rtpmap</c> line without the line break.</summary>
    public string RtpMapLine => string.Create(CultureInfo.InvariantCulture, $"a=rtpmap:{PayloadType} {RtpMap}");

    /// <summary>Gets the whole <c>a=fmtp</c> line, or <see langword="null"/> when the format has no parameters.</summary>
    public string? FmtpLine => FormatParameters is null
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"a=fmtp:{PayloadType} {FormatParameters}");

    /// <summary>Gets a value indicating whether this describes RFC 4733 events rather than audio.</summary>
    public bool IsTelephoneEvent => Name.Equals(AudioCodecNames.TelephoneEvent, StringComparison.OrdinalIgnoreCase);

    /// <summary>Tells whether this is the same format as another description (name, clock rate, channels), whatever the payload type.</summary>
    /// <param name="other">The other description.</param>
    /// <returns><see langword="true"/> when both describe the same format.</returns>
    public bool IsSameFormat(AudioCodecInfo other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Name.Equals(other.Name, StringComparison.OrdinalIgnoreCase)
            && ClockRate == other.ClockRate
            && Math.Max(1, Channels) == Math.Max(1, other.Channels);
    }
}
