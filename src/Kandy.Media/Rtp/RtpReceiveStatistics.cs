// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Rtp;

/// <summary>Receive-side statistics of one RTP source: extended sequence numbers, loss and interarrival jitter.</summary>
/// <remarks>
/// <para>Follows RFC 3550 Appendix A.1 (sequence validation with MAX_DROPOUT 3000 and MAX_MISORDER 100),
/// A.3 (expected, lost, fraction lost per report interval) and A.8 (jitter). The probation of new sources in A.1
/// is left out: packets reach this class only after SRTP authenticated them, which is what probation guessed at.</para>
/// <para>Not thread-safe: feed it from the receive loop only.</para>
/// </remarks>
public sealed class RtpReceiveStatistics
{
    private const int MaxDropout = 3000;
    private const int MaxMisorder = 100;
    private const uint SequenceModulus = 1 << 16;

    private readonly int clockRate;
    private bool started;
    private ushort maxSequence;
    private uint cycles;
    private uint baseSequence;
    private uint badSequence = SequenceModulus + 1;
    private long expectedPrior;
    private long receivedPrior;
    private bool haveTransit;
    private int lastTransit;
    private double jitter;

    /// <summary>Initializes a new instance of the <see cref="RtpReceiveStatistics"/> class.</summary>
    /// <param name="clockRate">The RTP clock rate of the source's payload format, in Hz.</param>
    public RtpReceiveStatistics(int clockRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clockRate);
        this.clockRate = clockRate;
    }

    /// <summary>Gets the number of packets counted (duplicates included, as RFC 3550 A.3 counts them).</summary>
    public long PacketsReceived { get; private set; }

    /// <summary>Gets the extended highest sequence number: cycles × 65536 + highest sequence number.</summary>
    public uint ExtendedHighestSequenceNumber => cycles + maxSequence;

    /// <summary>Gets the number of packets expected from the first to the highest sequence number.</summary>
    public long PacketsExpected => started ? (long)ExtendedHighestSequenceNumber - baseSequence + 1 : 0;

    /// <summary>Gets the cumulative number of packets lost, clamped to the 24-bit signed field of a report block.</summary>
    /// <remarks>Negative when duplicates outnumber losses (RFC 3550 §6.4.1).</remarks>
    public int CumulativeLost => (int)Math.Clamp(PacketsExpected - PacketsReceived, -0x80_0000, 0x7F_FFFF);

    /// <summary>Gets the interarrival jitter estimate in RTP timestamp units (RFC 3550 §6.4.1).</summary>
    public uint Jitter => (uint)jitter;

    /// <summary>Gets the interarrival jitter in seconds.</summary>
    public double JitterSeconds => jitter / clockRate;

    /// <summary>Counts a received packet.</summary>
    /// <param name="sequenceNumber">Its sequence number.</param>
    /// <param name="timestamp">Its RTP timestamp.</param>
    /// <param name="arrival">When it arrived, on any monotonic clock (for example <see cref="TimeProvider.GetElapsedTime(long)"/>).</param>
    /// <returns>False when the packet was far out of sequence and is held back until the source proves it restarted.</returns>
    public bool Update(ushort sequenceNumber, uint timestamp, TimeSpan arrival)
    {
        if (!started)
        {
            Restart(sequenceNumber);
            started = true;
        }
        else if (!UpdateSequence(sequenceNumber))
        {
            return false;
        }

        PacketsReceived++;
        UpdateJitter(timestamp, arrival);
        return true;
    }

    /// <summary>Gets the fraction of packets lost since the previous call, as the 8-bit fixed-point value of a report block.</summary>
    /// <returns>Lost/expected × 256 over the interval; 0 when none were lost or duplicates made up for them.</returns>
    public byte TakeFractionLost()
    {
        var expected = PacketsExpected;
        var expectedInterval = expected - expectedPrior;
        expectedPrior = expected;
        var receivedInterval = PacketsReceived - receivedPrior;
        receivedPrior = PacketsReceived;
        var lostInterval = expectedInterval - receivedInterval;
        return expectedInterval == 0 || lostInterval <= 0 ? (byte)0 : (byte)Math.Min(255, (lostInterval << 8) / expectedInterval);
    }

    private bool UpdateSequence(ushort sequence)
    {
        var delta = (ushort)(sequence - maxSequence);
        if (delta < MaxDropout)
        {
            if (sequence < maxSequence)
            {
                cycles += SequenceModulus;
            }

            maxSequence = sequence;
        }
        else if (delta <= SequenceModulus - MaxMisorder)
        {
            // A big jump: believe it only when the next packet continues from it (the source restarted).
            if (sequence != badSequence)
            {
                badSequence = (uint)(sequence + 1) & (SequenceModulus - 1);
                return false;
            }

            Restart(sequence);
        }

        return true;
    }

    private void Restart(ushort sequence)
    {
        baseSequence = sequence;
        maxSequence = sequence;
        badSequence = SequenceModulus + 1;
        cycles = 0;
        PacketsReceived = 0;
        expectedPrior = 0;
        receivedPrior = 0;
    }

    private void UpdateJitter(uint timestamp, TimeSpan arrival)
    {
        // Arrival in RTP units, computed in two parts so long-running clocks cannot overflow.
        var ticks = arrival.Ticks;
        var units = ((ticks / TimeSpan.TicksPerSecond) * clockRate) + ((ticks % TimeSpan.TicksPerSecond) * clockRate / TimeSpan.TicksPerSecond);
        var transit = unchecked((int)((uint)units - timestamp));
        if (haveTransit)
        {
            var d = Math.Abs((long)unchecked(transit - lastTransit));
            jitter += (d - jitter) / 16;
        }

        lastTransit = transit;
        haveTransit = true;
    }
}
