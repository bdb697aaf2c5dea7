// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtmf;

/// <summary>How long and how loud DTMF digits are sent.</summary>
/// <remarks>
/// The defaults and limits are WebRTC's <c>insertDTMF</c> ones, which the Kandy SDK uses (protocol notes §8):
/// 100 ms tones, 70 ms gaps; durations clamped to 40–6000 ms, gaps to at least 30 ms; a comma is a 2 s pause.
/// </remarks>
public sealed record DtmfToneOptions
{
    /// <summary>The shortest tone, per WebRTC.</summary>
    public static readonly TimeSpan MinimumDuration = TimeSpan.FromMilliseconds(40);

    /// <summary>The longest tone, per WebRTC.</summary>
    public static readonly TimeSpan MaximumDuration = TimeSpan.FromMilliseconds(6000);

    /// <summary>The shortest gap, per WebRTC.</summary>
    public static readonly TimeSpan MinimumGap = TimeSpan.FromMilliseconds(30);

    /// <summary>The pause a comma stands for.</summary>
    public static readonly TimeSpan CommaPause = TimeSpan.FromSeconds(2);

    /// <summary>Gets how long each tone lasts.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Gets the silence between tones.</summary>
    public TimeSpan Gap { get; init; } = TimeSpan.FromMilliseconds(70);

    /// <summary>Gets the power level in -dBm0 (0 loudest, 63 quietest); RFC 4733 carries it, in-band tones use it.</summary>
    public byte Volume { get; init; } = 10;

    /// <summary>Returns these options with the duration and gap brought into WebRTC's limits.</summary>
    /// <returns>The clamped options.</returns>
    public DtmfToneOptions Clamp() => this with
    {
        Duration = TimeSpan.FromTicks(Math.Clamp(Duration.Ticks, MinimumDuration.Ticks, MaximumDuration.Ticks)),
        Gap = Gap < MinimumGap ? MinimumGap : Gap,
        Volume = Math.Min(Volume, TelephoneEvent.MaxVolume),
    };
}
