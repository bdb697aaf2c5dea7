// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Quality;

/// <summary>A mean opinion score estimate from the ITU-T G.107 E-model, simplified for VoIP monitoring.</summary>
/// <remarks>
/// <para>G.107 (06/2015) rates a connection by R = Ro − Is − Id − Ie,eff + A. With every parameter but
/// delay, codec and loss at its default, Ro − Is = 93.2 (§7.1, default values of Table 3), and A = 0.</para>
/// <para>Delay: Id = Idte + Idle + Idd. With echo cancelled (the WebRTC case) the talker and listener echo
/// terms are negligible, leaving Idd for the absolute one-way delay Ta in ms (§7.4):
/// Idd = 0 for Ta ≤ 100 ms, otherwise with X = log2(Ta / 100):
/// Idd = 25 × ((1 + X^6)^(1/6) − 3 × (1 + (X/3)^6)^(1/6) + 2).</para>
/// <para>Codec and loss: Ie,eff = Ie + (95 − Ie) × Ppl / (Ppl / BurstR + Bpl) (§7.5), with Ppl the packet loss in
/// percent, BurstR the burst ratio (1 for random loss) and the codec's Ie and Bpl from ITU-T G.113 Appendix I:
/// G.711 with packet-loss concealment Ie = 0, Bpl = 25.1. Opus is not in G.113; we use Ie = 0 and Bpl = 30 for
/// wide-band Opus with in-band FEC on the narrow-band scale, an assumption that keeps it at or above G.711.</para>
/// <para>MOS from R (Annex B): MOS = 1 for R ≤ 0, 4.5 for R ≥ 100, otherwise
/// MOS = 1 + 0.035 R + R (R − 60)(100 − R) × 7·10⁻⁶. A perfect default connection gives R = 93.2, MOS ≈ 4.41.</para>
/// </remarks>
public static class EModel
{
    /// <summary>Ro − Is with G.107's default parameters.</summary>
    public const double DefaultBaseR = 93.2;

    /// <summary>Computes R.</summary>
    /// <param name="oneWayDelay">Mouth-to-ear delay: network one way (about RTT / 2) plus jitter buffer plus packetisation.</param>
    /// <param name="packetLossPercent">Packets lost or discarded as late, in percent (0–100).</param>
    /// <param name="codec">The codec's impairment figures.</param>
    /// <param name="burstRatio">G.107's BurstR: 1 for random loss, above 1 for bursty loss.</param>
    /// <returns>The transmission rating factor R, 0 to 100.</returns>
    public static double RatingFactor(TimeSpan oneWayDelay, double packetLossPercent, EModelCodec codec, double burstRatio = 1)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentOutOfRangeException.ThrowIfLessThan(burstRatio, 1);
        var ppl = Math.Clamp(packetLossPercent, 0, 100);
        var ieEff = codec.Ie + ((95 - codec.Ie) * ppl / ((ppl / burstRatio) + codec.Bpl));
        var r = DefaultBaseR - DelayImpairment(oneWayDelay.TotalMilliseconds) - ieEff;
        return Math.Clamp(r, 0, 100);
    }

    /// <summary>Converts R to a MOS on the 1–4.5 conversational scale (G.107 Annex B).</summary>
    /// <param name="r">The rating factor.</param>
    /// <returns>The MOS.</returns>
    public static double ToMos(double r) => r switch
    {
        <= 0 => 1,
        >= 100 => 4.5,
        _ => 1 + (0.035 * r) + (r * (r - 60) * (100 - r) * 7e-6),
    };

    /// <summary>Estimates the MOS.</summary>
    /// <param name="oneWayDelay">Mouth-to-ear delay.</param>
    /// <param name="packetLossPercent">Packets lost or discarded as late, in percent.</param>
    /// <param name="codec">The codec's impairment figures.</param>
    /// <param name="burstRatio">G.107's BurstR: 1 for random loss.</param>
    /// <returns>The MOS, 1 to 4.5.</returns>
    public static double EstimateMos(TimeSpan oneWayDelay, double packetLossPercent, EModelCodec codec, double burstRatio = 1) =>
        ToMos(RatingFactor(oneWayDelay, packetLossPercent, codec, burstRatio));

    /// <summary>G.107 §7.4 Idd: the impairment of absolute delay alone.</summary>
    /// <param name="ta">One-way delay in ms.</param>
    /// <returns>Idd.</returns>
    internal static double DelayImpairment(double ta)
    {
        if (ta <= 100)
        {
            return 0;
        }

        var x = Math.Log2(ta / 100);
        return 25 * (Math.Pow(1 + Math.Pow(x, 6), 1.0 / 6) - (3 * Math.Pow(1 + Math.Pow(x / 3, 6), 1.0 / 6)) + 2);
    }
}
