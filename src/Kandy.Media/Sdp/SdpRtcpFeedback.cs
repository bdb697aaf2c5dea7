// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;

namespace Kandy.Media.Sdp;

/// <summary>An <c>a=rtcp-fb</c> value (RFC 4585 §4.2), for example <c>111 transport-cc</c> or <c>96 nack pli</c>.</summary>
/// <param name="PayloadType">The payload type, or null for <c>*</c> (all formats).</param>
/// <param name="Type">The feedback type (<c>nack</c>, <c>ccm</c>, <c>transport-cc</c>, …).</param>
/// <param name="Parameter">The optional parameter (<c>pli</c>, <c>fir</c>, …).</param>
public sealed record SdpRtcpFeedback(int? PayloadType, string Type, string? Parameter = null)
{
    /// <summary>Parses an <c>a=rtcp-fb</c> value.</summary>
    /// <param name="text">The value.</param>
    /// <param name="feedback">The feedback when well formed.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpRtcpFeedback? feedback)
    {
        feedback = null;
        var parts = text?.Split(' ', 3);
        if (parts is not { Length: >= 2 } || parts[1].Length == 0)
        {
            return false;
        }

        int? payloadType = null;
        if (parts[0] != "*")
        {
            if (!SdpNumbers.TryPayloadType(parts[0], out var value))
            {
                return false;
            }

            payloadType = value;
        }

        feedback = new SdpRtcpFeedback(payloadType, parts[1], parts.Length == 3 ? parts[2] : null);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var format = PayloadType?.ToString(CultureInfo.InvariantCulture) ?? "*";
        return Parameter is null ? $"{format} {Type}" : $"{format} {Type} {Parameter}";
    }
}
