// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Rtcp;

/// <summary>The RTCP transmission interval of RFC 3550 §6.3.1 and Appendix A.7.</summary>
/// <remarks>
/// RTCP gets 5% of the session bandwidth, a quarter of it for senders when they are a quarter of the members
/// or fewer. The interval is randomised over [0.5, 1.5] × T and divided by e − 3/2 to make up for timer
/// reconsideration (§6.3.1). Not thread-safe.
/// </remarks>
public sealed class RtcpIntervalCalculator
{
    private const double RtcpFraction = 0.05;
    private const double SenderFraction = 0.25;
    private const double Compensation = 1.21828; // e - 3/2
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(5);

    /// <summary>Initializes a new instance of the <see cref="RtcpIntervalCalculator"/> class.</summary>
    /// <param name="sessionBandwidth">The session bandwidth in bits per second (for example 64 000 for Opus audio).</param>
    /// <param name="initialPacketSize">The expected size of the first compound packet, with 28 bytes of UDP/IPv4 header.</param>
    public RtcpIntervalCalculator(double sessionBandwidth, int initialPacketSize = 128)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sessionBandwidth);
        SessionBandwidth = sessionBandwidth;
        AveragePacketSize = initialPacketSize;
    }

    /// <summary>Gets the session bandwidth in bits per second.</summary>
    public double SessionBandwidth { get; }

    /// <summary>Gets or sets the number of session members, this endpoint included.</summary>
    public int Members { get; set; } = 2;

    /// <summary>Gets or sets the number of members that sent RTP recently.</summary>
    public int Senders { get; set; }

    /// <summary>Gets or sets a value indicating whether this endpoint sent RTP since its last report.</summary>
    public bool WeSent { get; set; }

    /// <summary>Gets or sets a value indicating whether to use the reduced minimum 360 / (session kbit/s) seconds (RFC 3550 §6.2).</summary>
    public bool ReducedMinimum { get; set; }

    /// <summary>Gets the running average compound packet size in bytes (with UDP/IP overhead).</summary>
    public double AveragePacketSize { get; private set; }

    /// <summary>Folds a sent or received compound packet into the average size: avg = size/16 + 15/16 × avg.</summary>
    /// <param name="packetSize">The packet size including UDP and IP headers.</param>
    public void ObservePacket(int packetSize) => AveragePacketSize = (packetSize / 16.0) + (15.0 / 16.0 * AveragePacketSize);

    /// <summary>Computes the deterministic interval T_d, before randomisation.</summary>
    /// <param name="initial">True before the first report, which halves the 5-second minimum.</param>
    /// <returns>The interval.</returns>
    public TimeSpan DeterministicInterval(bool initial)
    {
        var minimum = ReducedMinimum
            ? TimeSpan.FromSeconds(360.0 / (SessionBandwidth / 1000.0))
            : MinimumInterval;
        if (initial)
        {
            minimum /= 2;
        }

        var bandwidth = SessionBandwidth * RtcpFraction / 8; // octets per second
        var members = Math.Max(1, Members);
        var count = members;
        if (Senders > 0 && Senders <= members * SenderFraction)
        {
            if (WeSent)
            {
                bandwidth *= SenderFraction;
                count = Senders;
            }
            else
            {
                bandwidth *= 1 - SenderFraction;
                count = members - Senders;
            }
        }

        var seconds = AveragePacketSize * Math.Max(1, count) / bandwidth;
        var interval = TimeSpan.FromSeconds(seconds);
        return interval < minimum ? minimum : interval;
    }

    /// <summary>Computes the randomised, compensated interval to the next report.</summary>
    /// <param name="initial">True before the first report.</param>
    /// <param name="random">A uniform value in [0, 1).</param>
    /// <returns>T = T_d × (random + 0.5) / (e − 3/2).</returns>
    public TimeSpan NextInterval(bool initial, double random) =>
        DeterministicInterval(initial) * (Math.Clamp(random, 0, 1) + 0.5) / Compensation;
}
