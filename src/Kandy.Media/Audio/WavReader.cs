// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Audio;

/// <summary>Reads 16-bit PCM samples from a RIFF/WAVE stream.</summary>
/// <remarks>
/// RIFF chunks: <c>fmt </c> must say PCM (format 1, or WAVE_FORMAT_EXTENSIBLE 0xFFFE with the PCM sub-format)
/// at 16 bits and 1 or 2 channels; other chunks (LIST, fact, ...) are skipped; samples come from <c>data</c>.
/// </remarks>
public sealed class WavReader : IDisposable
{
    private const int FormatPcm = 1;
    private const int FormatExtensible = 0xFFFE;

    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly long dataStart;
    private readonly long dataLength;
    private readonly byte[] buffer = new byte[4096];

    /// <summary>Opens a WAV stream and reads its header.</summary>
    /// <param name="stream">A seekable stream positioned at the RIFF header.</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves the stream open.</param>
    /// <exception cref="InvalidDataException">Not a 16-bit PCM mono or stereo WAV.</exception>
    public WavReader(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = stream;
        this.leaveOpen = leaveOpen;
        Span<byte> header = stackalloc byte[12];
        ReadExactly(header);
        if (!header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException("Not a RIFF/WAVE file.");
        }

        WavFormat? format = null;
        Span<byte> chunk = stackalloc byte[8];
        while (true)
        {
            ReadExactly(chunk);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("fmt "u8))
            {
                format = ReadFormat(size);
            }
            else if (chunk[..4].SequenceEqual("data"u8))
            {
                Format = format ?? throw new InvalidDataException("The data chunk comes before the fmt chunk.");
                dataStart = stream.Position;
                dataLength = Math.Min(size, stream.Length - dataStart) / Format.BlockAlign * Format.BlockAlign;
                return;
            }
            else
            {
                // Chunks are padded to an even size.
                stream.Seek(size + (size & 1), SeekOrigin.Current);
            }
        }
    }

    /// <summary>Gets the format of the file.</summary>
    public WavFormat Format { get; }

    /// <summary>Gets the number of sample frames (samples per channel) in the file.</summary>
    public long FrameCount => dataLength / Format.BlockAlign;

    /// <summary>Reads interleaved samples.</summary>
    /// <param name="samples">Receives samples; its length should be a multiple of the channel count.</param>
    /// <returns>The number of samples read; 0 at the end of the data.</returns>
    public int Read(Span<short> samples)
    {
        var remaining = dataStart + dataLength - stream.Position;
        var wanted = (int)Math.Min(Math.Min(samples.Length * 2L, remaining), buffer.Length);
        wanted -= wanted % Format.BlockAlign;
        if (wanted <= 0)
        {
            return 0;
        }

        stream.ReadExactly(buffer, 0, wanted);
        var count = wanted / 2;
        for (var i = 0; i < count; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(buffer.AsSpan(i * 2));
        }

        return count;
    }

    /// <summary>Goes back to the first sample.</summary>
    public void Rewind() => stream.Position = dataStart;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }

    private WavFormat ReadFormat(uint size)
    {
        if (size is < 16 or > 1024)
        {
            throw new InvalidDataException("The fmt chunk has an invalid size.");
        }

        var body = new byte[size + (size & 1)];
        ReadExactly(body);
        var tag = BinaryPrimitives.ReadUInt16LittleEndian(body);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(body.AsSpan(2));
        var rate = BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(4));
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(body.AsSpan(14));
        if (tag == FormatExtensible && size >= 40)
        {
            tag = BinaryPrimitives.ReadUInt16LittleEndian(body.AsSpan(24));
        }

        if (tag != FormatPcm || bits != WavFormat.BitsPerSample || channels is < 1 or > 2 || rate is < 1000 or > 384000)
        {
            throw new InvalidDataException($"Only 16-bit PCM mono or stereo is supported (format {tag}, {bits} bits, {channels} channels).");
        }

        return new WavFormat(rate, channels);
    }

    private void ReadExactly(Span<byte> destination)
    {
        try
        {
            stream.ReadExactly(destination);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The WAV file is truncated.", ex);
        }
    }
}
