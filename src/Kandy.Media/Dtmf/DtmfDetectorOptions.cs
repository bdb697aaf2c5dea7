// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtmf;

/// <summary>Thresholds of the in-band DTMF detector.</summary>
/// <remarks>
/// Defaults follow ITU-T Q.24's usual figures: accept 8 dB of normal twist (low group louder) and 4 dB of
/// reverse twist, and require the tone to be a clear peak in both groups.
/// </remarks>
public sealed record DtmfDetectorOptions
{
    /// <summary>Gets how much louder the row tone may be than the column tone, in dB.</summary>
    public double MaxNormalTwistDb { get; init; } = 8;

    /// <summary>Gets how much louder the column tone may be than the row tone, in dB.</summary>
    public double MaxReverseTwistDb { get; init; } = 4;

    /// <summary>Gets the quietest tone accepted, as each tone's power in dB relative to a full-scale sine.</summary>
    public double MinToneLevelDb { get; init; } = -40;

    /// <summary>Gets how far the chosen tone must stand above the others of its group, in dB.</summary>
    public double MinPeakRatioDb { get; init; } = 6;

    /// <summary>Gets the share of the window's energy the two tones must carry (speech and noise spread theirs).</summary>
    public double MinToneEnergyShare { get; init; } = 0.7;

    /// <summary>Gets how many consecutive analysis windows (12.8 ms apart, 25.6 ms long) must agree before a digit
    /// counts; 2 means a tone of about 40 ms.</summary>
    public int MinWindows { get; init; } = 2;

    /// <summary>Gets the longest run of made-up audio (concealment, fill-in silence) that is skipped over rather
    /// than analysed; one 20 ms packet by default, well under the 40 ms gap that separates repeated digits.</summary>
    public TimeSpan MaxBridgedDropout { get; init; } = TimeSpan.FromMilliseconds(20);
}
