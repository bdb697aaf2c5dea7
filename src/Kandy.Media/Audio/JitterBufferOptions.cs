// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Settings of a <see cref="JitterBuffer"/>.</summary>
public sealed record JitterBufferOptions
{
    /// <summary>Gets the packetisation time: one packet is one frame of this length.</summary>
    public TimeSpan PacketTime { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Gets the RTP clock rate of the stream, in Hz.</summary>
    public int ClockRate { get; init; } = 48000;

    /// <summary>Gets a value indicating whether the delay follows the measured jitter; when false the buffer
    /// holds <see cref="InitialDelay"/> for ever (the classic fixed buffer).</summary>
    public bool Adaptive { get; init; } = true;

    /// <summary>Gets the delay before playout starts; the whole delay of a fixed buffer.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>Gets the smallest delay an adaptive buffer aims for.</summary>
    public TimeSpan MinDelay { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Gets the largest delay an adaptive buffer aims for.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets the share of packets an adaptive buffer plans to have in time (the jitter quantile it covers).</summary>
    public double CoveredShare { get; init; } = 0.95;

    /// <summary>Gets how many recent packets the jitter estimate looks at.</summary>
    public int HistoryPackets { get; init; } = 100;

    /// <summary>Gets the most frames held; beyond it the oldest are dropped.</summary>
    public int Capacity { get; init; } = 100;
}
