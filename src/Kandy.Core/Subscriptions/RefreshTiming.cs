// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Subscriptions;

/// <summary>
/// When the SDK refreshes (01-session.md §6.5): <c>d = max(E·1000 / 2^n, 30000)</c> ms and a delay uniform in about
/// <c>[0.8d, 1.2d]</c>, where <c>E</c> is the granted lifetime in seconds and <c>n</c> the attempt number.
/// </summary>
internal static class RefreshTiming
{
    private const double FloorMs = 30000;

    public static TimeSpan Delay(double? expiresSeconds, int attempt, double random)
    {
        var d = expiresSeconds is { } e ? Math.Max(e * 1000 / Math.Pow(2, attempt), FloorMs) : FloorMs;
        return TimeSpan.FromMilliseconds((0.8 * d) + Math.Floor((random * 0.4 * d) + 1));
    }
}
