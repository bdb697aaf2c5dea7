// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Rtcp;

namespace Kandy.Media.WebRtc;

/// <summary>What the peer's reception reports say about our stream: remote-inbound-rtp.</summary>
internal sealed class RemoteReceptionReport
{
    public int PacketsLost { get; private set; }

    public double FractionLost { get; private set; }

    public double JitterSeconds { get; private set; }

    public double? RoundTripTime { get; private set; }

    public double TotalRoundTripTime { get; private set; }

    public int RoundTripTimeMeasurements { get; private set; }

    public int ReportsReceived { get; private set; }

    public DateTimeOffset? LastReport { get; private set; }

    /// <summary>Applies a block; RTT per RFC 3550 §6.4.1 from LSR and DLSR when the peer has seen one of our SRs.</summary>
    public void Apply(RtcpReportBlock block, ulong arrivalNtp, int clockRate, DateTimeOffset now)
    {
        ReportsReceived++;
        LastReport = now;
        PacketsLost = block.CumulativeLost;
        FractionLost = block.FractionLost / 256.0;
        JitterSeconds = (double)block.Jitter / clockRate;
        if (block.RoundTripTime(arrivalNtp) is { } rtt)
        {
            RoundTripTime = rtt.TotalSeconds;
            TotalRoundTripTime += rtt.TotalSeconds;
            RoundTripTimeMeasurements++;
        }
    }
}
