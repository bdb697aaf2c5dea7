// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtmf;

/// <summary>Finds DTMF digits in received audio with the Goertzel algorithm, for peers that send tones in-band.</summary>
/// <remarks>
/// Audio is analysed in windows of 25.6 ms (205 samples at 8 kHz: a frequency resolution of 39 Hz, finer
/// than the 73 Hz between the closest DTMF tones) that overlap by half. In each window the eight DTMF
/// frequencies are measured with Goertzel filters tuned exactly to them; a window shows a digit when the
/// strongest row and column tones are loud enough, stand out of their groups, have acceptable twist and
/// together carry most of the window's energy. A digit is reported when it ends, after being seen in
/// <see cref="DtmfDetectorOptions.MinWindows"/> consecutive windows; a different or empty window ends it.
/// <para>Audio the receive path made up (packet-loss concealment, or silence while the jitter buffer had
/// nothing) is not what the sender played: a window that overlaps it neither extends nor ends a digit, so a
/// lost or late packet in the middle of a tone does not split it in two. A made-up run longer than
/// <see cref="DtmfDetectorOptions.MaxBridgedDropout"/> is analysed like received audio, so a long outage of
/// silence still ends the digit.</para>
/// </remarks>
public sealed class DtmfDetector
{
    private const double WindowSeconds = 0.0256;

    private readonly DtmfDetectorOptions options;
    private readonly TimeProvider timeProvider;
    private readonly int sampleRate;
    private readonly double[] window;
    private readonly int hop;
    private readonly double[] coefficients = new double[8];
    private readonly double[] powers = new double[8];
    private int filled;
    private long windowStart;
    private char candidate;
    private int candidateWindows;
    private long candidateStart;
    private long candidateEnd;
    private long received;
    private long madeUpStart = -1;
    private long madeUpEnd = -1;

    /// <summary>Creates the detector.</summary>
    /// <param name="sampleRate">The rate of the audio it will be given.</param>
    /// <param name="options">Thresholds; defaults when omitted.</param>
    /// <param name="timeProvider">Wall clock for <see cref="DtmfDigitEventArgs.DetectedAt"/>.</param>
    public DtmfDetector(int sampleRate, DtmfDetectorOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 4000);
        this.sampleRate = sampleRate;
        this.options = options ?? new DtmfDetectorOptions();
        this.timeProvider = timeProvider ?? TimeProvider.System;
        window = new double[(int)Math.Round(sampleRate * WindowSeconds)];
        hop = window.Length / 2;
        for (var i = 0; i < 4; i++)
        {
            coefficients[i] = 2 * Math.Cos(2 * Math.PI * DtmfDigits.RowFrequencies[i] / sampleRate);
            coefficients[i + 4] = 2 * Math.Cos(2 * Math.PI * DtmfDigits.ColumnFrequencies[i] / sampleRate);
        }
    }

    /// <summary>Raised once per detected digit, when it ends.</summary>
    public event EventHandler<DtmfDigitEventArgs>? DigitDetected;

    /// <summary>Analyses more audio.</summary>
    /// <param name="samples">Mono PCM at the detector's rate, continuing the previous call.</param>
    public void Process(ReadOnlySpan<short> samples) => Process(samples, madeUp: false);

    /// <summary>Analyses more audio, saying whether the receive path made it up.</summary>
    /// <param name="samples">Mono PCM at the detector's rate, continuing the previous call.</param>
    /// <param name="madeUp"><see langword="true"/> for concealment or fill-in silence rather than received audio.</param>
    public void Process(ReadOnlySpan<short> samples, bool madeUp)
    {
        if (madeUp && samples.Length > 0)
        {
            if (madeUpEnd != received)
            {
                madeUpStart = received;
            }

            madeUpEnd = received + samples.Length;
        }

        received += samples.Length;
        foreach (var s in samples)
        {
            window[filled++] = s;
            if (filled == window.Length)
            {
                OnWindow(windowStart, Classify());
                Array.Copy(window, hop, window, 0, window.Length - hop);
                filled -= hop;
                windowStart += hop;
            }
        }
    }

    /// <summary>Reports a digit still sounding (call at the end of the stream).</summary>
    public void Flush() => OnWindow(-1, '\0');

    private void OnWindow(long at, char digit)
    {
        // A longer outage is classified as heard: concealment that keeps the tone going still counts, silence ends it.
        if (at >= 0 && at < madeUpEnd && at + window.Length > madeUpStart
            && madeUpEnd - madeUpStart <= options.MaxBridgedDropout.TotalSeconds * sampleRate)
        {
            return;
        }

        if (digit != '\0' && digit == candidate)
        {
            candidateWindows++;
            candidateEnd = windowStart + window.Length;
            return;
        }

        if (candidateWindows >= options.MinWindows)
        {
            var start = TimeSpan.FromSeconds((double)candidateStart / sampleRate);
            var duration = TimeSpan.FromSeconds((double)(candidateEnd - candidateStart) / sampleRate);
            DigitDetected?.Invoke(this, new DtmfDigitEventArgs(candidate, DtmfSource.InBand, start, duration, timeProvider.GetUtcNow()));
        }

        candidate = digit;
        candidateWindows = digit == '\0' ? 0 : 1;
        candidateStart = windowStart;
        candidateEnd = windowStart + window.Length;
    }

    private char Classify()
    {
        var n = window.Length;
        double energy = 0;
        foreach (var x in window)
        {
            energy += x * x;
        }

        for (var k = 0; k < 8; k++)
        {
            double s1 = 0, s2 = 0;
            var c = coefficients[k];
            foreach (var x in window)
            {
                var s0 = x + (c * s1) - s2;
                s2 = s1;
                s1 = s0;
            }

            // |X|^2 of the tuned filter; a sine of peak A gives about (A·N/2)^2, so 2|X|^2/N is its energy in the window.
            powers[k] = 2 * ((s1 * s1) + (s2 * s2) - (c * s1 * s2)) / n;
        }

        var row = Strongest(0);
        var column = Strongest(4);
        var rowEnergy = powers[row];
        var columnEnergy = powers[column + 4];

        // Energy of a full-scale sine over the window, the 0 dB reference for tone levels.
        var fullScale = (double)short.MaxValue * short.MaxValue / 2 * n;
        var minTone = fullScale * Math.Pow(10, options.MinToneLevelDb / 10);
        if (rowEnergy < minTone || columnEnergy < minTone
            || rowEnergy > columnEnergy * Math.Pow(10, options.MaxNormalTwistDb / 10)
            || columnEnergy > rowEnergy * Math.Pow(10, options.MaxReverseTwistDb / 10)
            || !StandsOut(0, row) || !StandsOut(4, column)
            || rowEnergy + columnEnergy < options.MinToneEnergyShare * energy)
        {
            return '\0';
        }

        return DtmfDigits.At(row, column);
    }

    private int Strongest(int offset)
    {
        var best = 0;
        for (var i = 1; i < 4; i++)
        {
            if (powers[offset + i] > powers[offset + best])
            {
                best = i;
            }
        }

        return best;
    }

    private bool StandsOut(int offset, int best)
    {
        var limit = powers[offset + best] * Math.Pow(10, -options.MinPeakRatioDb / 10);
        for (var i = 0; i < 4; i++)
        {
            if (i != best && powers[offset + i] > limit)
            {
                return false;
            }
        }

        return true;
    }
}
