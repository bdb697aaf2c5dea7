// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Sdp;

/// <summary>An <c>a=group</c> value (RFC 5888 §5), for example <c>BUNDLE 0 1</c> (RFC 9143).</summary>
/// <param name="Semantics">The grouping semantics, such as <c>BUNDLE</c> or <c>LS</c>.</param>
/// <param name="MediaIds">The identification tags (<c>a=mid</c> values) in the group, in order.</param>
public sealed record SdpGroup(string Semantics, IReadOnlyList<string> MediaIds)
{
    /// <summary>The semantics of a BUNDLE group.</summary>
    public const string Bundle = "BUNDLE";

    /// <summary>Parses an <c>a=group</c> value.</summary>
    /// <param name="text">The value.</param>
    /// <param name="group">The group when well formed.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpGroup? group)
    {
        var parts = text?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        group = parts is { Length: >= 1 } ? new SdpGroup(parts[0], parts[1..]) : null;
        return group is not null;
    }

    /// <inheritdoc/>
    public override string ToString() => MediaIds.Count == 0 ? Semantics : $"{Semantics} {string.Join(' ', MediaIds)}";
}
