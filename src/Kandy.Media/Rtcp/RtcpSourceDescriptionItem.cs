// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text;

namespace Kandy.Media.Rtcp;

/// <summary>One SDES item: a type and up to 255 bytes of (normally UTF-8) text.</summary>
/// <param name="Type">The item type; values outside <see cref="RtcpSourceDescriptionItemType"/> are kept too.</param>
/// <param name="Value">The raw item bytes.</param>
public sealed record RtcpSourceDescriptionItem(RtcpSourceDescriptionItemType Type, ReadOnlyMemory<byte> Value)
{
    /// <summary>Gets the value decoded as UTF-8.</summary>
    public string Text => Encoding.UTF8.GetString(Value.Span);

    /// <summary>Creates an item from text.</summary>
    /// <param name="type">The item type.</param>
    /// <param name="text">The text; at most 255 bytes in UTF-8.</param>
    /// <returns>The item.</returns>
    public static RtcpSourceDescriptionItem FromText(RtcpSourceDescriptionItemType type, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return bytes.Length > 255
            ? throw new ArgumentException("An SDES item holds at most 255 bytes.", nameof(text))
            : new RtcpSourceDescriptionItem(type, bytes);
    }
}
