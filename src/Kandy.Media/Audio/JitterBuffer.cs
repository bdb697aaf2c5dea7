// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Puts received audio packets back in order and releases one per frame slot, hiding network jitter.</summary>
/// <remarks>
/// <para>Packets go in with <see cref="Add"/> as they arrive; the playout side calls <see cref="Pull"/> once per
/// packet time. Slots follow the RTP sequence number, so reordering is undone; a slot whose packet is missing
/// while later ones are here is concealed as lost, and a packet that comes after its slot was played is late.</para>
/// <para>Adaptive mode measures the transit time of each packet (arrival − timestamp / clock rate). Over the last
/// <see cref="JitterBufferOptions.HistoryPackets"/> packets, the fastest transit is the reference and the
/// <see cref="JitterBufferOptions.CoveredShare"/> quantile of the excess is the target delay. The current delay is
/// play time − (timestamp / clock rate + fastest transit). When it is more than a frame below target, one slot is
/// concealed without consuming a packet (the delay grows by a frame); when it is more than a frame above, one
/// packet is skipped (it shrinks). Both steps happen at most every ten slots. A slot that finds the buffer empty
/// is taken as lost the first time and waited for (concealed without consuming it) when it happens twice in a row. Because the reference is the
/// recent fastest transit, a sender clock running fast or slow shows up as a slowly rising or falling delay
/// and is corrected by the same skips and stretches.</para>
/// <para>Fixed mode starts playout <see cref="JitterBufferOptions.InitialDelay"/> after the first packet and
/// then plays one slot per pull whatever happens: the baseline that adaptive mode is measured against.</para>
/// </remarks>
public sealed class JitterBuffer
{
    private const int AdaptEverySlots = 10;

    private readonly JitterBufferOptions options;
    private readonly TimeProvider timeProvider;
    private readonly long originTimestamp;
    private readonly SortedDictionary<long, Entry> entries = [];
    private readonly double[] transits;
    private readonly double[] sortScratch;
    private readonly object gate = new();
    private readonly double packetSeconds;

    private int transitCount;
    private int transitNext;
    private long highestSequence = -1;
    private long lastRtpTimestamp;
    private double firstArrival = double.NaN;
    private bool started;
    private bool wasDry;
    private long playSequence;
    private int slotsSinceAdapt;
    private double delaySum;
    private long delayCount;
    private double targetDelay;
    private JitterBufferStatistics statistics = new();

    /// <summary>Creates the buffer.</summary>
    /// <param name="options">Settings.</param>
    /// <param name="timeProvider">Clock for arrival and playout times.</param>
    public JitterBuffer(JitterBufferOptions? options = null, TimeProvider? timeProvider = null)
    {
        this.options = options ?? new JitterBufferOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(this.options.ClockRate);
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.HistoryPackets, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.Capacity, 2);
        this.timeProvider = timeProvider ?? TimeProvider.System;
        originTimestamp = this.timeProvider.GetTimestamp();
        transits = new double[this.options.HistoryPackets];
        sortScratch = new double[this.options.HistoryPackets];
        packetSeconds = this.options.PacketTime.TotalSeconds;
        targetDelay = this.options.InitialDelay.TotalSeconds;
    }

    /// <summary>Gets a snapshot of the counters.</summary>
    public JitterBufferStatistics Statistics
    {
        get
        {
            lock (gate)
            {
                return statistics with
                {
                    TargetDelay = TimeSpan.FromSeconds(targetDelay),
                    MeanBufferDelay = delayCount == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(delaySum / delayCount),
                };
            }
        }
    }

    /// <summary>Takes a received packet.</summary>
    /// <param name="sequenceNumber">Its RTP sequence number.</param>
    /// <param name="timestamp">Its RTP timestamp.</param>
    /// <param name="payload">Its payload (copied).</param>
    /// <returns><see langword="false"/> when the packet is late or a duplicate and was dropped.</returns>
    public bool Add(ushort sequenceNumber, uint timestamp, ReadOnlySpan<byte> payload)
    {
        lock (gate)
        {
            var now = Now();
            var sequence = Unwrap(sequenceNumber);
            var rtpTime = UnwrapTimestamp(timestamp);
            if (started && sequence < playSequence)
            {
                statistics = statistics with { PacketsLate = statistics.PacketsLate + 1 };
                return false;
            }

            if (entries.ContainsKey(sequence))
            {
                statistics = statistics with { PacketsDuplicated = statistics.PacketsDuplicated + 1 };
                return false;
            }

            if (started && sequence - playSequence >= options.Capacity * 4)
            {
                // A jump this far is a restarted sender, not jitter: begin again.
                entries.Clear();
                started = false;
                firstArrival = double.NaN;
            }

            if (double.IsNaN(firstArrival))
            {
                firstArrival = now;
            }

            entries[sequence] = new Entry(payload.ToArray(), now, rtpTime);
            RecordTransit(now - ((double)rtpTime / options.ClockRate));
            while (entries.Count > options.Capacity)
            {
                var oldest = entries.Keys.First();
                entries.Remove(oldest);
                playSequence = Math.Max(playSequence, oldest + 1);
                statistics = statistics with { FramesDropped = statistics.FramesDropped + 1 };
            }

            statistics = statistics with { PacketsReceived = statistics.PacketsReceived + 1 };
            return true;
        }
    }

    /// <summary>Hands out the next frame slot; call once per packet time.</summary>
    /// <returns>The slot.</returns>
    public JitterBufferFrame Pull()
    {
        lock (gate)
        {
            var now = Now();
            if (!started)
            {
                if (entries.Count == 0 || now - firstArrival < options.InitialDelay.TotalSeconds - 1e-9)
                {
                    return default;
                }

                started = true;
                playSequence = entries.Keys.First();
            }

            if (options.Adaptive && ++slotsSinceAdapt >= AdaptEverySlots)
            {
                var step = Adapt(now);
                if (step != 0)
                {
                    slotsSinceAdapt = 0;
                }

                if (step > 0)
                {
                    statistics = statistics with { FramesStretched = statistics.FramesStretched + 1 };
                    return Conceal(playSequence, advance: false);
                }

                if (step < 0 && entries.Remove(playSequence))
                {
                    statistics = statistics with { FramesDropped = statistics.FramesDropped + 1 };
                    playSequence++;
                }
            }

            if (entries.Remove(playSequence, out var entry))
            {
                wasDry = false;
                delaySum += now - entry.Arrival;
                delayCount++;
                statistics = statistics with { FramesPlayed = statistics.FramesPlayed + 1 };
                var frame = new JitterBufferFrame(JitterBufferFrameKind.Packet, (ushort)playSequence, entry.Payload, ReadOnlyMemory<byte>.Empty);
                playSequence++;
                return frame;
            }

            // Missing. A fixed buffer's slot is gone whatever the reason. An adaptive one calls it lost when later
            // packets are here, or when the buffer just ran dry for the first time (a lost packet at a shallow
            // moment, most likely); dry twice in a row means the sender fell behind, so it waits a frame instead.
            var lost = !options.Adaptive || entries.Count > 0 || !wasDry;
            wasDry = entries.Count == 0;
            return Conceal(playSequence, advance: lost);
        }
    }

    private JitterBufferFrame Conceal(long sequence, bool advance)
    {
        statistics = statistics with { FramesConcealed = statistics.FramesConcealed + 1 };
        var next = entries.TryGetValue(sequence + 1, out var following) ? following.Payload : ReadOnlyMemory<byte>.Empty;
        if (advance)
        {
            playSequence++;
        }

        return new JitterBufferFrame(JitterBufferFrameKind.Concealed, (ushort)sequence, ReadOnlyMemory<byte>.Empty, advance ? next : ReadOnlyMemory<byte>.Empty);
    }

    /// <summary>Re-estimates the target and says which way to move: +1 grow a frame, −1 shrink a frame, 0 stay.</summary>
    private int Adapt(double now)
    {
        if (transitCount < 2)
        {
            return 0;
        }

        var span = sortScratch.AsSpan(0, transitCount);
        transits.AsSpan(0, transitCount).CopyTo(span);
        span.Sort();
        var fastest = span[0];
        var quantile = span[Math.Min(transitCount - 1, (int)Math.Ceiling(options.CoveredShare * transitCount) - 1)];
        targetDelay = Math.Clamp(quantile - fastest, options.MinDelay.TotalSeconds, options.MaxDelay.TotalSeconds);

        // The slot about to play would have been due at its timestamp plus the fastest transit.
        var nextRtp = entries.TryGetValue(playSequence, out var e) ? e.RtpTime : (long?)null;
        if (nextRtp is null)
        {
            return 0;
        }

        var current = now - (((double)nextRtp.Value / options.ClockRate) + fastest);
        if (current < targetDelay - packetSeconds)
        {
            return 1;
        }

        return current > targetDelay + packetSeconds && entries.ContainsKey(playSequence + 1) ? -1 : 0;
    }

    private void RecordTransit(double transit)
    {
        transits[transitNext] = transit;
        transitNext = (transitNext + 1) % transits.Length;
        transitCount = Math.Min(transitCount + 1, transits.Length);
    }

    private long Unwrap(ushort sequenceNumber)
    {
        if (highestSequence < 0)
        {
            highestSequence = sequenceNumber;
            return sequenceNumber;
        }

        var delta = (short)(sequenceNumber - (ushort)highestSequence);
        var sequence = highestSequence + delta;
        highestSequence = Math.Max(highestSequence, sequence);
        return sequence;
    }

    private long UnwrapTimestamp(uint timestamp)
    {
        if (transitCount == 0 && entries.Count == 0 && statistics.PacketsReceived == 0)
        {
            lastRtpTimestamp = timestamp;
            return timestamp;
        }

        var result = lastRtpTimestamp + (int)(timestamp - (uint)lastRtpTimestamp);
        lastRtpTimestamp = Math.Max(lastRtpTimestamp, result);
        return result;
    }

    private double Now() => timeProvider.GetElapsedTime(originTimestamp).TotalSeconds;

    private readonly record struct Entry(byte[] Payload, double Arrival, long RtpTime);
}
