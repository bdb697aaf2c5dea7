// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>A source fed by code: samples pushed in come out frame by frame; gaps are filled with silence.</summary>
/// <remarks>Push and read may happen on different threads. The source ends once <see cref="Complete"/> was called
/// and everything pushed has been read.</remarks>
public sealed class PushAudioSource : IAudioSource
{
    private readonly object gate = new();
    private readonly int capacity;
    private short[] buffer;
    private int count;
    private bool completed;
    private long underruns;
    private long overflows;

    /// <summary>Creates the source.</summary>
    /// <param name="sampleRate">The rate of the samples that will be pushed.</param>
    /// <param name="capacity">The most samples held; older ones are dropped beyond it. Default: 10 s.</param>
    public PushAudioSource(int sampleRate = 48000, int? capacity = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        SampleRate = sampleRate;
        this.capacity = capacity ?? sampleRate * 10;
        buffer = new short[Math.Min(this.capacity, sampleRate)];
    }

    /// <inheritdoc/>
    public int SampleRate { get; }

    /// <summary>Gets the number of frames that had to be padded with silence because too little was pushed.</summary>
    public long Underruns => Interlocked.Read(ref underruns);

    /// <summary>Gets the number of samples dropped because more was pushed than <c>capacity</c> holds.</summary>
    public long Overflows => Interlocked.Read(ref overflows);

    /// <summary>Appends samples.</summary>
    /// <param name="samples">Mono PCM at <see cref="SampleRate"/>.</param>
    /// <exception cref="InvalidOperationException">After <see cref="Complete"/>.</exception>
    public void Push(ReadOnlySpan<short> samples)
    {
        lock (gate)
        {
            if (completed)
            {
                throw new InvalidOperationException("The source was completed.");
            }

            if (samples.Length > capacity)
            {
                Interlocked.Add(ref overflows, samples.Length - capacity);
                samples = samples[^capacity..];
            }

            var drop = Math.Max(0, count + samples.Length - capacity);
            if (drop > 0)
            {
                buffer.AsSpan(drop, count - drop).CopyTo(buffer);
                count -= drop;
                Interlocked.Add(ref overflows, drop);
            }

            if (buffer.Length < count + samples.Length)
            {
                Array.Resize(ref buffer, Math.Min(capacity, Math.Max(buffer.Length * 2, count + samples.Length)));
            }

            samples.CopyTo(buffer.AsSpan(count));
            count += samples.Length;
        }
    }

    /// <summary>Says no more samples will come.</summary>
    public void Complete()
    {
        lock (gate)
        {
            completed = true;
        }
    }

    /// <inheritdoc/>
    public bool ReadFrame(Span<short> frame)
    {
        lock (gate)
        {
            if (completed && count == 0)
            {
                return false;
            }

            var taken = Math.Min(frame.Length, count);
            buffer.AsSpan(0, taken).CopyTo(frame);
            frame[taken..].Clear();
            buffer.AsSpan(taken, count - taken).CopyTo(buffer);
            count -= taken;
            if (taken < frame.Length && !completed)
            {
                Interlocked.Increment(ref underruns);
            }

            return true;
        }
    }
}
