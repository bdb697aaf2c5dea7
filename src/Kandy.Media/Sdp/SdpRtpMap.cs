// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;

namespace Kandy.Media.Sdp;

/// <summary>An <c>a=rtpmap</c> value: payload type, encoding, clock rate, channels (RFC 8866 §6.6).</summary>
/// <param name="PayloadType">The dynamic or static payload type.</param>
/// <param name="EncodingName">For example <c>opus</c> or <c>PCMU</c>, case as written.</param>
/// <param name="ClockRate">RTP clock rate in Hz.</param>
/// <param name="Channels">Audio channel count, or null when not written.</param>
public sealed record SdpRtpMap(int PayloadType, string EncodingName, int ClockRate, int? Channels = null)
{
    /// <summary>Parses an <c>a=rtpmap</c> value such as <c>111 opus/48000/2</c>.</summary>
    /// <param name="text">The value.</param>
    /// <param name="rtpMap">The map when well formed.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpRtpMap? rtpMap)
    {
        rtpMap = null;
        var space = text?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        if (space <= 0 || !SdpNumbers.TryPayloadType(text.AsSpan(0, space), out var payloadType))
        {
            return false;
        }

        var parts = text![(space + 1)..].Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var clockRate))
        {
            return false;
        }

        int? channels = null;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return false;
            }

            channels = count;
        }

        rtpMap = new SdpRtpMap(payloadType, parts[0], clockRate, channels);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Channels is { } channels
        ? string.Create(CultureInfo.InvariantCulture, $"{PayloadType} {EncodingName}/{ClockRate}/{channels}")
        : string.Create(CultureInfo.InvariantCulture, $"{PayloadType} {EncodingName}/{ClockRate}");
}
