// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;

namespace Kandy.Media.Sdp;

/// <summary>Number parsing shared by the attribute types: digits only, invariant culture.</summary>
internal static class SdpNumbers
{
    /// <summary>Parses an RTP payload type (0–127).</summary>
    internal static bool TryPayloadType(ReadOnlySpan<char> text, out int payloadType) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out payloadType) && payloadType <= 127;

    /// <summary>Parses a non-negative decimal integer.</summary>
    internal static bool TryInt(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses an unsigned 32-bit decimal integer.</summary>
    internal static bool TryUInt(ReadOnlySpan<char> text, out uint value) =>
        uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
