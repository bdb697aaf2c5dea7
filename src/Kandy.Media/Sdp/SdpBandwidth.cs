// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;

namespace Kandy.Media.Sdp;

/// <summary>A <c>b=</c> line (RFC 8866 §5.8, RFC 3890 for <c>TIAS</c>).</summary>
/// <param name="Type">For example <c>AS</c> (kbit/s) or <c>TIAS</c> (bit/s).</param>
/// <param name="Value">The bandwidth in the unit of <paramref name="Type"/>.</param>
public sealed record SdpBandwidth(string Type, long Value)
{
    /// <summary>Parses the text after <c>b=</c>.</summary>
    /// <param name="text">The value.</param>
    /// <param name="bandwidth">The bandwidth when well formed.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpBandwidth? bandwidth)
    {
        bandwidth = null;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || !long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        bandwidth = new SdpBandwidth(text![..colon], value);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Type}:{Value}");
}
