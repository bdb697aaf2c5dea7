// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Quality;

/// <summary>A codec's figures for the E-model: equipment impairment Ie and packet-loss robustness Bpl.</summary>
/// <param name="Ie">Impairment without loss (ITU-T G.113 Appendix I).</param>
/// <param name="Bpl">Robustness against random packet loss (ITU-T G.113 Appendix I).</param>
public sealed record EModelCodec(double Ie, double Bpl)
{
    /// <summary>G.711 with packet-loss concealment (G.113 Appendix I: Ie 0, Bpl 25.1).</summary>
    public static readonly EModelCodec G711 = new(0, 25.1);

    /// <summary>G.711 without concealment (G.113 Appendix I: Ie 0, Bpl 4.3).</summary>
    public static readonly EModelCodec G711WithoutConcealment = new(0, 4.3);

    /// <summary>Opus with in-band FEC: not in G.113; our assumption Ie 0, Bpl 30 (see <see cref="EModel"/>).</summary>
    public static readonly EModelCodec Opus = new(0, 30);
}
