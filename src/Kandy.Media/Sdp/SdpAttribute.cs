// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Sdp;

/// <summary>One <c>a=</c> line: a property attribute (<c>a=rtcp-mux</c>) or a value attribute (<c>a=mid:0</c>).</summary>
/// <param name="Name">The attribute name, as written.</param>
/// <param name="Value">The text after the first colon, or null for a property attribute.</param>
/// <remarks>RFC 8866 §5.13. Unknown attributes are kept as they are, so a parsed description writes back unchanged.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "RFC 8866 calls a= lines attributes; the name is not about .NET attributes.")]
public sealed record SdpAttribute(string Name, string? Value = null)
{
    /// <summary>Parses the text after <c>a=</c>.</summary>
    /// <param name="text">For example <c>rtpmap:0 PCMU/8000</c>.</param>
    /// <returns>The attribute.</returns>
    public static SdpAttribute Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new SdpAttribute(text) : new SdpAttribute(text[..colon], text[(colon + 1)..]);
    }

    /// <summary>Formats the attribute as it follows <c>a=</c>.</summary>
    /// <returns><c>name</c> or <c>name:value</c>.</returns>
    public override string ToString() => Value is null ? Name : $"{Name}:{Value}";
}
