// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtmf;

/// <summary>Sounds queued digits as dual tones into audio frames, for peers that do not take RFC 4733.</summary>
/// <remarks>
/// The level follows RFC 4733's volume: <c>Volume</c> is the power of the dual tone in -dBm0, split evenly
/// between its two frequencies. G.711 puts 0 dBm0 at 3.14 dB below a full-scale sine (ITU-T G.711 Table 5),
/// so a single tone at p dBm0 has the peak 32767 × 10^((p − 3.14) / 20).
/// </remarks>
public sealed class DtmfToneGenerator
{
    private const double FullScaleSineDbm0 = 3.14;

    private readonly Queue<(char Digit, DtmfToneOptions Options)> queue = new();
    private readonly int sampleRate;
    private double rowStep;
    private double columnStep;
    private double amplitude;
    private long toneRemaining;
    private long gapRemaining;
    private long position;

    /// <summary>Creates the generator.</summary>
    /// <param name="sampleRate">The sample rate of the frames it will fill.</param>
    public DtmfToneGenerator(int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 4000);
        this.sampleRate = sampleRate;
    }

    /// <summary>Gets a value indicating whether a tone or gap is in progress or digits are queued.</summary>
    public bool IsActive => toneRemaining > 0 || gapRemaining > 0 || queue.Count > 0;

    /// <summary>Queues digits.</summary>
    /// <param name="tones">Digits 0–9, *, #, A–D, and commas for 2 s pauses.</param>
    /// <param name="options">Duration, gap and volume; clamped to WebRTC's limits.</param>
    /// <exception cref="ArgumentException">A character is neither a digit nor a comma.</exception>
    public void Enqueue(string tones, DtmfToneOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tones);
        var clamped = (options ?? new DtmfToneOptions()).Clamp();
        if (tones.Any(c => c != ',' && !DtmfDigits.IsDigit(c)))
        {
            throw new ArgumentException("Only DTMF digits and commas can be sent.", nameof(tones));
        }

        foreach (var c in tones)
        {
            queue.Enqueue((c, clamped));
        }
    }

    /// <summary>Adds the tones due in this frame to it, saturating at full scale.</summary>
    /// <param name="frame">Mono PCM at the generator's rate; other audio in it is kept (the tones are mixed in).</param>
    public void MixInto(Span<short> frame)
    {
        for (var i = 0; i < frame.Length; i++)
        {
            if (toneRemaining == 0 && gapRemaining == 0 && !TryStartNext())
            {
                return;
            }

            if (toneRemaining > 0)
            {
                var value = amplitude * (Math.Sin(rowStep * position) + Math.Sin(columnStep * position));
                frame[i] = (short)Math.Clamp(frame[i] + Math.Round(value), short.MinValue, short.MaxValue);
                position++;
                toneRemaining--;
            }
            else
            {
                gapRemaining--;
            }
        }
    }

    private bool TryStartNext()
    {
        if (!queue.TryDequeue(out var next))
        {
            return false;
        }

        if (next.Digit == ',')
        {
            gapRemaining = ToSamples(DtmfToneOptions.CommaPause);
            return true;
        }

        var (row, column) = DtmfDigits.GetFrequencies(next.Digit);
        rowStep = 2 * Math.PI * row / sampleRate;
        columnStep = 2 * Math.PI * column / sampleRate;
        var perToneDbm0 = -next.Options.Volume - (10 * Math.Log10(2));
        amplitude = short.MaxValue * Math.Pow(10, (perToneDbm0 - FullScaleSineDbm0) / 20);
        toneRemaining = ToSamples(next.Options.Duration);
        gapRemaining = ToSamples(next.Options.Gap);
        position = 0;
        return true;
    }

    private long ToSamples(TimeSpan time) => (long)Math.Round(time.TotalSeconds * sampleRate);
}
