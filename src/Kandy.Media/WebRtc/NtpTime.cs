// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>64-bit NTP timestamps for RTCP (RFC 3550 §4): seconds since 1900 and a 32-bit fraction.</summary>
internal static class NtpTime
{
    private const long UnixToNtpSeconds = 2_208_988_800;

    public static ulong FromDateTime(DateTimeOffset time)
    {
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var seconds = (ulong)(ticks / TimeSpan.TicksPerSecond) + UnixToNtpSeconds;
        var fraction = (ulong)(ticks % TimeSpan.TicksPerSecond) * (1UL << 32) / TimeSpan.TicksPerSecond;
        return (seconds << 32) | fraction;
    }

    /// <summary>The middle 32 bits, as used by LSR and DLSR (units of 1/65536 s).</summary>
    public static uint Middle(ulong ntp) => (uint)(ntp >> 16);
}
