// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;

namespace Kandy.Media.Sdp;

/// <summary>An <c>a=fmtp</c> value: a payload type and its parameter string (RFC 8866 §6.15).</summary>
/// <param name="PayloadType">The payload type the parameters apply to.</param>
/// <param name="Parameters">The format-specific text, for example <c>minptime=10;useinbandfec=1</c>.</param>
public sealed record SdpFormatParameters(int PayloadType, string Parameters)
{
    /// <summary>Parses an <c>a=fmtp</c> value.</summary>
    /// <param name="text">The value.</param>
    /// <param name="fmtp">The parameters when well formed.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpFormatParameters? fmtp)
    {
        fmtp = null;
        var space = text?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        if (space <= 0 || !SdpNumbers.TryPayloadType(text.AsSpan(0, space), out var payloadType))
        {
            return false;
        }

        fmtp = new SdpFormatParameters(payloadType, text![(space + 1)..]);
        return true;
    }

    /// <summary>Reads <c>key=value</c> pairs separated by semicolons; keys compare case-insensitively.</summary>
    /// <returns>The pairs; a bare token maps to an empty string.</returns>
    public IReadOnlyDictionary<string, string> ToDictionary()
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in Parameters.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            pairs[equals < 0 ? item : item[..equals]] = equals < 0 ? string.Empty : item[(equals + 1)..];
        }

        return pairs;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PayloadType} {Parameters}");
}
