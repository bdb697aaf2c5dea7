// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>Counters of one received RTP stream: what inbound-rtp and our RTCP receiver reports show.</summary>
/// <remarks>Sequence extension and loss per RFC 3550 §A.1/§A.3, interarrival jitter per §A.8. Not thread-safe: the receive loop owns it.</remarks>
internal sealed class RtpReceiveCounters
{
    private readonly int clockRate;
    private bool started;
    private ushort maxSequence;
    private uint cycles;
    private uint baseSequence;
    private long previousTransit;
    private double jitter;
    private long expectedPrior;
    private long receivedPrior;

    public RtpReceiveCounters(uint ssrc, int clockRate)
    {
        Ssrc = ssrc;
        this.clockRate = clockRate;
    }

    public uint Ssrc { get; }

    public long PacketsReceived { get; private set; }

    public long BytesReceived { get; private set; }

    public long HeaderBytesReceived { get; private set; }

    public DateTimeOffset? LastPacketReceived { get; private set; }

    /// <summary>Gets the interarrival jitter in RTP timestamp units.</summary>
    public uint JitterUnits => (uint)jitter;

    /// <summary>Gets the interarrival jitter in seconds, as inbound-rtp reports it.</summary>
    public double JitterSeconds => jitter / clockRate;

    public uint ExtendedHighestSequence => cycles + maxSequence;

    public long PacketsLost => started ? Math.Max(0, ExpectedPackets - PacketsReceived) : 0;

    private long ExpectedPackets => (long)ExtendedHighestSequence - baseSequence + 1;

    public void Record(ushort sequence, uint rtpTimestamp, int headerLength, int payloadLength, DateTimeOffset arrival)
    {
        if (!started)
        {
            started = true;
            maxSequence = sequence;
            baseSequence = sequence;
        }
        else if ((ushort)(sequence - maxSequence) < 0x8000)
        {
            if (sequence < maxSequence)
            {
                cycles += 0x10000;
            }

            maxSequence = sequence;
        }

        PacketsReceived++;
        BytesReceived += payloadLength;
        HeaderBytesReceived += headerLength;
        LastPacketReceived = arrival;

        var arrivalUnits = (long)(arrival.ToUnixTimeMilliseconds() * (clockRate / 1000.0));
        var transit = arrivalUnits - rtpTimestamp;
        if (PacketsReceived > 1)
        {
            var d = Math.Abs(transit - previousTransit);
            jitter += (d - jitter) / 16;
        }

        previousTransit = transit;
    }

    /// <summary>Loss since the previous report as the 8-bit fraction of RFC 3550 §6.4.1, and resets the interval.</summary>
    public byte TakeFractionLost()
    {
        var expectedInterval = ExpectedPackets - expectedPrior;
        var receivedInterval = PacketsReceived - receivedPrior;
        expectedPrior = ExpectedPackets;
        receivedPrior = PacketsReceived;
        var lostInterval = expectedInterval - receivedInterval;
        return expectedInterval <= 0 || lostInterval <= 0 ? (byte)0 : (byte)Math.Min(255, (lostInterval << 8) / expectedInterval);
    }
}
