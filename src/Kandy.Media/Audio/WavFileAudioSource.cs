// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Plays a 16-bit PCM WAV file (any rate, mono or stereo), once or looped, as mono at a chosen rate.</summary>
/// <remarks>Stereo is mixed down by averaging the channels; a file at another rate is resampled.</remarks>
public sealed class WavFileAudioSource : IAudioSource, IDisposable
{
    private readonly WavReader reader;
    private readonly bool loop;
    private readonly AudioResampler resampler;
    private readonly short[] fileBlock;
    private readonly short[] monoBlock;
    private short[] pending;
    private int pendingCount;
    private bool ended;

    /// <summary>Opens a WAV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="sampleRate">The rate to deliver, or <see langword="null"/> for the file's own.</param>
    /// <param name="loop">Whether to start again at the end instead of ending.</param>
    /// <exception cref="InvalidDataException">Not a 16-bit PCM mono or stereo WAV.</exception>
    public WavFileAudioSource(string path, int? sampleRate = null, bool loop = false)
        : this(File.OpenRead(path), sampleRate, loop)
    {
    }

    /// <summary>Reads a WAV stream; the source owns and disposes it.</summary>
    /// <param name="stream">A seekable stream positioned at the RIFF header.</param>
    /// <param name="sampleRate">The rate to deliver, or <see langword="null"/> for the file's own.</param>
    /// <param name="loop">Whether to start again at the end instead of ending.</param>
    /// <exception cref="InvalidDataException">Not a 16-bit PCM mono or stereo WAV.</exception>
    public WavFileAudioSource(Stream stream, int? sampleRate = null, bool loop = false)
    {
        reader = new WavReader(stream);
        this.loop = loop && reader.FrameCount > 0;
        SampleRate = sampleRate ?? reader.Format.SampleRate;
        resampler = new AudioResampler(reader.Format.SampleRate, SampleRate);
        fileBlock = new short[960 * reader.Format.Channels];
        monoBlock = new short[960];
        pending = new short[resampler.GetMaxOutputLength(960) * 2];
    }

    /// <summary>Gets the format of the file.</summary>
    public WavFormat FileFormat => reader.Format;

    /// <inheritdoc/>
    public int SampleRate { get; }

    /// <inheritdoc/>
    public bool ReadFrame(Span<short> frame)
    {
        while (pendingCount < frame.Length && !ended)
        {
            Refill();
        }

        if (pendingCount == 0)
        {
            return false;
        }

        var count = Math.Min(frame.Length, pendingCount);
        pending.AsSpan(0, count).CopyTo(frame);
        frame[count..].Clear();
        pending.AsSpan(count, pendingCount - count).CopyTo(pending);
        pendingCount -= count;
        return true;
    }

    /// <inheritdoc/>
    public void Dispose() => reader.Dispose();

    private void Refill()
    {
        var read = reader.Read(fileBlock);
        if (read == 0)
        {
            if (!loop)
            {
                ended = true;
                return;
            }

            reader.Rewind();
            read = reader.Read(fileBlock);
        }

        var channels = reader.Format.Channels;
        var frames = read / channels;
        for (var i = 0; i < frames; i++)
        {
            monoBlock[i] = channels == 1 ? fileBlock[i] : (short)((fileBlock[2 * i] + fileBlock[(2 * i) + 1]) / 2);
        }

        var needed = pendingCount + resampler.GetMaxOutputLength(frames);
        if (pending.Length < needed)
        {
            Array.Resize(ref pending, needed * 2);
        }

        pendingCount += resampler.Process(monoBlock.AsSpan(0, frames), pending.AsSpan(pendingCount));
    }
}
