// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Counters of a <see cref="JitterBuffer"/>, named after their W3C <c>inbound-rtp</c> counterparts where one exists.</summary>
public sealed record JitterBufferStatistics
{
    /// <summary>Gets the packets accepted into the buffer.</summary>
    public long PacketsReceived { get; init; }

    /// <summary>Gets the packets that came after their slot was played (counted as lost by the listener).</summary>
    public long PacketsLate { get; init; }

    /// <summary>Gets the packets received twice.</summary>
    public long PacketsDuplicated { get; init; }

    /// <summary>Gets the slots filled from received packets.</summary>
    public long FramesPlayed { get; init; }

    /// <summary>Gets the slots filled by concealment, for loss or to grow the delay (<c>concealmentEvents</c> counts these frames).</summary>
    public long FramesConcealed { get; init; }

    /// <summary>Gets the slots concealed on purpose to grow the delay (included in <see cref="FramesConcealed"/>).</summary>
    public long FramesStretched { get; init; }

    /// <summary>Gets the received frames skipped to shrink the delay or because the buffer was full.</summary>
    public long FramesDropped { get; init; }

    /// <summary>Gets the delay the buffer currently aims for (<c>jitterBufferTargetDelay</c>).</summary>
    public TimeSpan TargetDelay { get; init; }

    /// <summary>Gets the average time a played packet spent in the buffer (<c>jitterBufferDelay</c> / <c>jitterBufferEmittedCount</c>).</summary>
    public TimeSpan MeanBufferDelay { get; init; }

    /// <summary>Gets the share of slots that were concealed.</summary>
    public double ConcealmentRatio => FramesPlayed + FramesConcealed == 0 ? 0 : (double)FramesConcealed / (FramesPlayed + FramesConcealed);
}
