// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;

namespace Kandy.Media.Sdp;

/// <summary>An <c>a=ssrc</c> value (RFC 5576 §4.1), for example <c>3344556677 cname:k9Xq2LmR</c>.</summary>
/// <param name="Ssrc">The synchronisation source.</param>
/// <param name="Attribute">The source attribute name (<c>cname</c>, <c>msid</c>, …).</param>
/// <param name="Value">The source attribute value, or null for a property.</param>
public sealed record SdpSsrc(uint Ssrc, string Attribute, string? Value = null)
{
    /// <summary>Parses an <c>a=ssrc</c> value.</summary>
    /// <param name="text">The value.</param>
    /// <param name="ssrc">The source attribute when well formed.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpSsrc? ssrc)
    {
        ssrc = null;
        var space = text?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        if (space <= 0 || !SdpNumbers.TryUInt(text.AsSpan(0, space), out var id) || space == text!.Length - 1)
        {
            return false;
        }

        var attribute = SdpAttribute.Parse(text[(space + 1)..]);
        ssrc = new SdpSsrc(id, attribute.Name, attribute.Value);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Value is null
        ? string.Create(CultureInfo.InvariantCulture, $"{Ssrc} {Attribute}")
        : string.Create(CultureInfo.InvariantCulture, $"{Ssrc} {Attribute}:{Value}");
}
