// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Rtcp;

/// <summary>64-bit NTP timestamps as RTCP uses them (RFC 3550 §4): seconds since 1900 and a 32-bit fraction.</summary>
public static class NtpTime
{
    private static readonly DateTimeOffset Epoch = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Converts a wall-clock time to an NTP timestamp.</summary>
    /// <param name="time">The time (for example <see cref="TimeProvider.GetUtcNow"/>).</param>
    /// <returns>The NTP timestamp (wraps in 2036 as NTP era 0 does).</returns>
    public static ulong FromDateTimeOffset(DateTimeOffset time)
    {
        var ticks = (time - Epoch).Ticks;
        var seconds = (ulong)(ticks / TimeSpan.TicksPerSecond);
        var fraction = (ulong)(ticks % TimeSpan.TicksPerSecond) * (1UL << 32) / TimeSpan.TicksPerSecond;
        return unchecked((seconds << 32) | fraction);
    }

    /// <summary>Gets the middle 32 bits of an NTP timestamp, the form LSR and compact timestamps use.</summary>
    /// <param name="ntp">The NTP timestamp.</param>
    /// <returns>16 bits of seconds and 16 bits of fraction.</returns>
    public static uint Middle32(ulong ntp) => (uint)(ntp >> 16);

    /// <summary>Converts a duration into units of 1/65536 s, as DLSR carries it.</summary>
    /// <param name="duration">The duration; negative counts as zero.</param>
    /// <returns>The units, saturating at uint.MaxValue.</returns>
    public static uint ToShortUnits(TimeSpan duration) =>
        duration <= TimeSpan.Zero ? 0 : (uint)Math.Min(uint.MaxValue, duration.Ticks * 65536 / TimeSpan.TicksPerSecond);

    /// <summary>Converts units of 1/65536 s into a duration.</summary>
    /// <param name="units">The units.</param>
    /// <returns>The duration.</returns>
    public static TimeSpan FromShortUnits(uint units) => TimeSpan.FromTicks((long)units * TimeSpan.TicksPerSecond / 65536);
}
