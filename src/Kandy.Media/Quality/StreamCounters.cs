// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Quality;

/// <summary>Keeps the counters of one audio stream as packets and frames pass; thread-safe.</summary>
/// <remarks>
/// Loss follows RFC 3550 §6.4.1 and Appendix A.3: expected = extended highest sequence − first + 1, lost =
/// expected − received. Jitter follows Appendix A.8: for consecutive packets, D = difference of (arrival in
/// RTP units − RTP timestamp), J += (|D| − J) / 16. The audio level is the W3C one: the peak of the last
/// frame, linear, 0 to 1; its energy sums level² × frame duration.
/// </remarks>
public sealed class StreamCounters
{
    private readonly object gate = new();
    private readonly int clockRate;
    private readonly TimeProvider timeProvider;
    private readonly long originTimestamp;
    private StreamStatistics stats = new();
    private long baseSequence = -1;
    private long highestSequence;
    private double lastTransit = double.NaN;
    private double jitterUnits;

    /// <summary>Creates counters for a stream.</summary>
    /// <param name="clockRate">The stream's RTP clock rate.</param>
    /// <param name="timeProvider">Clock for arrival times.</param>
    public StreamCounters(int clockRate, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clockRate);
        this.clockRate = clockRate;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        originTimestamp = this.timeProvider.GetTimestamp();
    }

    /// <summary>Counts a sent packet.</summary>
    /// <param name="payloadBytes">Its payload size.</param>
    public void PacketSent(int payloadBytes)
    {
        lock (gate)
        {
            stats = stats with { PacketsSent = stats.PacketsSent + 1, BytesSent = stats.BytesSent + payloadBytes };
        }
    }

    /// <summary>Counts a received packet, updating loss and jitter.</summary>
    /// <param name="sequenceNumber">Its RTP sequence number.</param>
    /// <param name="timestamp">Its RTP timestamp.</param>
    /// <param name="payloadBytes">Its payload size.</param>
    public void PacketReceived(ushort sequenceNumber, uint timestamp, int payloadBytes)
    {
        var arrival = (timeProvider.GetTimestamp() - originTimestamp) / (double)timeProvider.TimestampFrequency * clockRate;
        lock (gate)
        {
            if (baseSequence < 0)
            {
                baseSequence = highestSequence = sequenceNumber;
            }
            else
            {
                var extended = highestSequence + (short)(sequenceNumber - (ushort)highestSequence);
                highestSequence = Math.Max(highestSequence, extended);
            }

            // Transit in RTP units; only differences matter, so the unrelated origins of both clocks cancel.
            var transit = arrival - timestamp;
            if (!double.IsNaN(lastTransit))
            {
                var d = transit - lastTransit;
                if (Math.Abs(d) < int.MaxValue / 2.0)
                {
                    jitterUnits += (Math.Abs(d) - jitterUnits) / 16;
                }
            }

            lastTransit = transit;
            var received = stats.PacketsReceived + 1;
            stats = stats with
            {
                PacketsReceived = received,
                BytesReceived = stats.BytesReceived + payloadBytes,
                PacketsLost = highestSequence - baseSequence + 1 - received,
                Jitter = TimeSpan.FromSeconds(jitterUnits / clockRate),
            };
        }
    }

    /// <summary>Records a round-trip time measured by RTCP.</summary>
    /// <param name="roundTripTime">The time.</param>
    public void RoundTripMeasured(TimeSpan roundTripTime)
    {
        lock (gate)
        {
            stats = stats with { RoundTripTime = roundTripTime };
        }
    }

    /// <summary>Counts a frame handed to the listener.</summary>
    /// <param name="samples">The frame.</param>
    /// <param name="sampleRate">Its rate.</param>
    /// <param name="concealed">Whether concealment made it up.</param>
    public void FramePlayed(ReadOnlySpan<short> samples, int sampleRate, bool concealed)
    {
        var peak = 0;
        foreach (var s in samples)
        {
            peak = Math.Max(peak, Math.Abs((int)s));
        }

        var level = Math.Min(1.0, peak / 32767.0);
        var duration = (double)samples.Length / sampleRate;
        lock (gate)
        {
            stats = stats with
            {
                AudioLevel = level,
                TotalAudioEnergy = stats.TotalAudioEnergy + (level * level * duration),
                TotalSamplesDuration = stats.TotalSamplesDuration + duration,
                TotalSamplesReceived = stats.TotalSamplesReceived + samples.Length,
                ConcealedSamples = stats.ConcealedSamples + (concealed ? samples.Length : 0),
            };
        }
    }

    /// <summary>Takes a snapshot of the counters.</summary>
    /// <returns>The snapshot.</returns>
    public StreamStatistics GetStatistics()
    {
        lock (gate)
        {
            return stats;
        }
    }

    /// <summary>Estimates the MOS of the received stream with the E-model.</summary>
    /// <param name="codec">The codec's impairment figures.</param>
    /// <param name="playoutDelay">Jitter buffer plus packetisation delay on our side.</param>
    /// <returns>The MOS, 1 to 4.5.</returns>
    /// <remarks>One-way delay = RTT / 2 (0 before RTCP measured one) + <paramref name="playoutDelay"/>; loss as counted.</remarks>
    public double EstimateMos(EModelCodec codec, TimeSpan playoutDelay)
    {
        var snapshot = GetStatistics();
        var oneWay = ((snapshot.RoundTripTime ?? TimeSpan.Zero) / 2) + playoutDelay;
        return EModel.EstimateMos(oneWay, snapshot.PacketLossPercent, codec);
    }
}
