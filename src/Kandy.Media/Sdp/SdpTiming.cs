// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;

namespace Kandy.Media.Sdp;

/// <summary>A <c>t=</c> line and the <c>r=</c> lines that follow it (RFC 8866 §5.9, §5.10).</summary>
/// <param name="Start">NTP start time, 0 for unbounded.</param>
/// <param name="Stop">NTP stop time, 0 for unbounded.</param>
public sealed record SdpTiming(ulong Start, ulong Stop)
{
    /// <summary>Gets the <c>r=</c> repeat lines, kept as text.</summary>
    public IList<string> Repeats { get; init; } = [];

    /// <summary>Parses the text after <c>t=</c>.</summary>
    /// <param name="text">The value.</param>
    /// <param name="timing">The timing when well formed.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpTiming? timing)
    {
        timing = null;
        var parts = text?.Split(' ');
        if (parts is not { Length: 2 }
            || !ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var stop))
        {
            return false;
        }

        timing = new SdpTiming(start, stop);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start} {Stop}");
}
