// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Rtp;

/// <summary>Comparison of 16-bit sequence numbers and 32-bit timestamps that wrap around (RFC 1982 serial arithmetic).</summary>
public static class RtpSequenceNumber
{
    /// <summary>Tells whether sequence number <paramref name="a"/> comes after <paramref name="b"/>, across a wrap.</summary>
    /// <param name="a">The candidate newer number.</param>
    /// <param name="b">The reference number.</param>
    /// <returns>True when <paramref name="a"/> is ahead by 1 to 32767.</returns>
    public static bool IsNewer(ushort a, ushort b) => a != b && (ushort)(a - b) < 0x8000;

    /// <summary>Gets the signed distance from <paramref name="b"/> to <paramref name="a"/>, across a wrap.</summary>
    /// <param name="a">The later number.</param>
    /// <param name="b">The earlier number.</param>
    /// <returns>A value in −32768 to 32767.</returns>
    public static int Distance(ushort a, ushort b) => (short)(ushort)(a - b);

    /// <summary>Tells whether RTP timestamp <paramref name="a"/> comes after <paramref name="b"/>, across a wrap.</summary>
    /// <param name="a">The candidate newer timestamp.</param>
    /// <param name="b">The reference timestamp.</param>
    /// <returns>True when <paramref name="a"/> is ahead by 1 to 2^31 − 1.</returns>
    public static bool IsNewerTimestamp(uint a, uint b) => a != b && a - b < 0x8000_0000;
}
