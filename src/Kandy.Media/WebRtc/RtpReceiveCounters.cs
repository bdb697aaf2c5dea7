// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Rtp;

namespace Kandy.Media.WebRtc;

/// <summary>One received RTP stream: sequence, loss and jitter from <see cref="RtpReceiveStatistics"/>, plus the byte counts inbound-rtp shows.</summary>
/// <remarks>Not thread-safe: the receive path owns it under its lock.</remarks>
internal sealed class RtpReceiveCounters
{
    public RtpReceiveCounters(uint ssrc, int clockRate)
    {
        Ssrc = ssrc;
        Statistics = new RtpReceiveStatistics(clockRate);
    }

    public uint Ssrc { get; }

    public RtpReceiveStatistics Statistics { get; }

    public long BytesReceived { get; private set; }

    public long HeaderBytesReceived { get; private set; }

    public DateTimeOffset? LastPacketReceived { get; private set; }

    /// <summary>Counts a packet; false when its sequence number is out of bounds (RFC 3550 §A.1) and it must not be played.</summary>
    public bool Record(in RtpHeader header, TimeSpan arrival, DateTimeOffset now)
    {
        if (!Statistics.Update(header.SequenceNumber, header.Timestamp, arrival))
        {
            return false;
        }

        BytesReceived += header.PayloadLength;
        HeaderBytesReceived += header.HeaderLength;
        LastPacketReceived = now;
        return true;
    }
}
