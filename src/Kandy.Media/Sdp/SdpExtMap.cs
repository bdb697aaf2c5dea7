// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;

namespace Kandy.Media.Sdp;

/// <summary>An <c>a=extmap</c> value (RFC 8285 §8): header extension id, optional direction, URI, attributes.</summary>
/// <param name="Id">The local identifier, 1–14 for one-byte headers, up to 255 for two-byte headers.</param>
/// <param name="Uri">The extension URI.</param>
/// <param name="Direction">The direction after the slash, or null when absent.</param>
/// <param name="Attributes">Extension attributes after the URI, or null.</param>
public sealed record SdpExtMap(int Id, string Uri, SdpDirection? Direction = null, string? Attributes = null)
{
    /// <summary>Parses an <c>a=extmap</c> value such as <c>1 urn:ietf:params:rtp-hdrext:ssrc-audio-level</c>.</summary>
    /// <param name="text">The value.</param>
    /// <param name="extMap">The mapping when well formed.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpExtMap? extMap)
    {
        extMap = null;
        var parts = text?.Split(' ', 3);
        if (parts is not { Length: >= 2 } || parts[1].Length == 0)
        {
            return false;
        }

        var idText = parts[0];
        SdpDirection? direction = null;
        var slash = idText.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!SdpDirections.TryParse(idText[(slash + 1)..], out var parsed))
            {
                return false;
            }

            direction = parsed;
            idText = idText[..slash];
        }

        if (!SdpNumbers.TryInt(idText, out var id) || id is < 1 or > 255)
        {
            return false;
        }

        extMap = new SdpExtMap(id, parts[1], direction, parts.Length == 3 ? parts[2] : null);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var id = Direction is { } direction
            ? string.Create(CultureInfo.InvariantCulture, $"{Id}/{SdpDirections.ToText(direction)}")
            : Id.ToString(CultureInfo.InvariantCulture);
        return Attributes is null ? $"{id} {Uri}" : $"{id} {Uri} {Attributes}";
    }
}
