// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Converts a stream of mono PCM between sample rates with a rational ratio (8, 16, 48 kHz and the like).</summary>
/// <remarks>
/// A polyphase FIR: conceptually the input is raised by L (inserting zeros), low-pass filtered below 0.45 of
/// the lower of the two rates, and kept every M-th sample, with L/M = output/input in lowest terms; only the
/// products that matter are computed. The filter is a Blackman-windowed sinc 24 input samples long (scaled up
/// by M when reducing the rate), about 70 dB of stop-band rejection, so that 48 → 8 kHz does not fold 4–24 kHz content back into the band. State
/// carries over between calls, so frames can be converted one by one without clicks.
/// </remarks>
public sealed class AudioResampler
{
    private const int BaseTaps = 24;

    private readonly int up;
    private readonly int down;
    private readonly double[] coefficients;
    private readonly int tapsPerPhase;
    private readonly double[] history;
    private double[] scratch = [];
    private long position;

    /// <summary>Creates the resampler.</summary>
    /// <param name="inputRate">Input rate in Hz.</param>
    /// <param name="outputRate">Output rate in Hz.</param>
    public AudioResampler(int inputRate, int outputRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputRate);
        InputRate = inputRate;
        OutputRate = outputRate;
        var divisor = Gcd(inputRate, outputRate);
        up = outputRate / divisor;
        down = inputRate / divisor;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(up, 1000, nameof(outputRate));
        // A lower output rate needs a sharper cut, so a filter longer in input samples.
        tapsPerPhase = BaseTaps * Math.Max(1, (down + up - 1) / up);
        history = new double[tapsPerPhase - 1];
        coefficients = Design(up, tapsPerPhase, 0.45 * Math.Min(inputRate, outputRate) / ((double)inputRate * up));
    }

    /// <summary>Gets the input rate in Hz.</summary>
    public int InputRate { get; }

    /// <summary>Gets the output rate in Hz.</summary>
    public int OutputRate { get; }

    /// <summary>Gets the most output samples that <paramref name="inputLength"/> input samples can give.</summary>
    /// <param name="inputLength">The input length.</param>
    /// <returns>The output buffer size to allocate.</returns>
    public int GetMaxOutputLength(int inputLength) => (int)(((long)inputLength * up / down) + 2);

    /// <summary>Converts the next block of the stream.</summary>
    /// <param name="input">Input samples, continuing the previous call.</param>
    /// <param name="output">Receives the output; <see cref="GetMaxOutputLength"/> samples is always enough.</param>
    /// <returns>The number of output samples written.</returns>
    public int Process(ReadOnlySpan<short> input, Span<short> output)
    {
        if (up == down)
        {
            input.CopyTo(output);
            return input.Length;
        }

        var total = history.Length + input.Length;
        if (scratch.Length < total)
        {
            scratch = new double[total];
        }

        history.CopyTo(scratch, 0);
        for (var i = 0; i < input.Length; i++)
        {
            scratch[history.Length + i] = input[i];
        }

        var written = 0;
        var limit = (long)input.Length * up;
        for (; position < limit; position += down)
        {
            var index = (int)(position / up);
            var phase = (int)(position % up);
            double sum = 0;
            for (var j = 0; j < tapsPerPhase; j++)
            {
                sum += coefficients[phase + (j * up)] * scratch[history.Length + index - j];
            }

            output[written++] = (short)Math.Clamp(Math.Round(sum), short.MinValue, short.MaxValue);
        }

        position -= limit;
        Array.Copy(scratch, total - history.Length, history, 0, history.Length);
        return written;
    }

    private static double[] Design(int phases, int tapsPerPhase, double cutoff)
    {
        var length = phases * tapsPerPhase;
        var taps = new double[length];
        var middle = (length - 1) / 2.0;
        for (var n = 0; n < length; n++)
        {
            var x = n - middle;
            var sinc = x == 0 ? 2 * cutoff : Math.Sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
            var window = 0.42 - (0.5 * Math.Cos(2 * Math.PI * n / (length - 1))) + (0.08 * Math.Cos(4 * Math.PI * n / (length - 1)));

            // Zero stuffing divides the level by L; the gain of L puts it back.
            taps[n] = sinc * window * phases;
        }

        return taps;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
