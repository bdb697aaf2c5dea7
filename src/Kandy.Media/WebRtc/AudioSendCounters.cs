// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>Counters of the stream we send: outbound-rtp and the sender info of our SRs.</summary>
internal sealed class AudioSendCounters
{
    private long packets;
    private long bytes;
    private long headerBytes;

    public long PacketsSent => Interlocked.Read(ref packets);

    public long BytesSent => Interlocked.Read(ref bytes);

    public long HeaderBytesSent => Interlocked.Read(ref headerBytes);

    public uint LastRtpTimestamp { get; private set; }

    public DateTimeOffset? LastPacketSent { get; private set; }

    public void Record(int headerLength, int payloadLength, uint rtpTimestamp, DateTimeOffset now)
    {
        Interlocked.Increment(ref packets);
        Interlocked.Add(ref bytes, payloadLength);
        Interlocked.Add(ref headerBytes, headerLength);
        LastRtpTimestamp = rtpTimestamp;
        LastPacketSent = now;
    }
}
