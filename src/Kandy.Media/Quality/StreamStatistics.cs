// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Quality;

/// <summary>A snapshot of one audio stream's counters; names follow the W3C <c>inbound-rtp</c>/<c>outbound-rtp</c> members.</summary>
public sealed record StreamStatistics
{
    /// <summary>Gets the RTP packets sent (<c>packetsSent</c>).</summary>
    public long PacketsSent { get; init; }

    /// <summary>Gets the payload bytes sent (<c>bytesSent</c>).</summary>
    public long BytesSent { get; init; }

    /// <summary>Gets the RTP packets received (<c>packetsReceived</c>).</summary>
    public long PacketsReceived { get; init; }

    /// <summary>Gets the payload bytes received (<c>bytesReceived</c>).</summary>
    public long BytesReceived { get; init; }

    /// <summary>Gets the packets lost: expected minus received, RFC 3550 §6.4.1 (<c>packetsLost</c>; negative with duplicates).</summary>
    public long PacketsLost { get; init; }

    /// <summary>Gets the interarrival jitter, RFC 3550 §6.4.1 (<c>jitter</c>).</summary>
    public TimeSpan Jitter { get; init; }

    /// <summary>Gets the latest round-trip time from RTCP (<c>roundTripTime</c> of <c>remote-inbound-rtp</c>), if any.</summary>
    public TimeSpan? RoundTripTime { get; init; }

    /// <summary>Gets the level of the last received frame, 0 to 1 of full scale (<c>audioLevel</c>).</summary>
    public double AudioLevel { get; init; }

    /// <summary>Gets the received audio energy, the sum of level² × duration (<c>totalAudioEnergy</c>).</summary>
    public double TotalAudioEnergy { get; init; }

    /// <summary>Gets the duration of the received audio in seconds (<c>totalSamplesDuration</c>).</summary>
    public double TotalSamplesDuration { get; init; }

    /// <summary>Gets the samples played out (<c>totalSamplesReceived</c>).</summary>
    public long TotalSamplesReceived { get; init; }

    /// <summary>Gets the samples made up by concealment (<c>concealedSamples</c>).</summary>
    public long ConcealedSamples { get; init; }

    /// <summary>Gets the loss in percent of the expected packets, never negative.</summary>
    public double PacketLossPercent => PacketsReceived + PacketsLost <= 0 ? 0 : Math.Max(0, 100.0 * PacketsLost / (PacketsReceived + PacketsLost));
}
