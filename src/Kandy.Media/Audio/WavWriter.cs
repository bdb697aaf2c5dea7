// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Audio;

/// <summary>Writes 16-bit PCM samples as a RIFF/WAVE stream; the sizes in the header are filled in on dispose.</summary>
public sealed class WavWriter : IDisposable
{
    private const int HeaderSize = 44;

    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly byte[] buffer = new byte[4096];
    private long dataBytes;
    private bool disposed;

    /// <summary>Starts a WAV stream.</summary>
    /// <param name="stream">A writable, seekable stream.</param>
    /// <param name="format">The format to write.</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves the stream open.</param>
    public WavWriter(Stream stream, WavFormat format, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(format.Channels, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(format.Channels, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(format.SampleRate);
        this.stream = stream;
        this.leaveOpen = leaveOpen;
        Format = format;
        WriteHeader();
    }

    /// <summary>Gets the format being written.</summary>
    public WavFormat Format { get; }

    /// <summary>Appends interleaved samples.</summary>
    /// <param name="samples">Samples, a multiple of the channel count.</param>
    public void Write(ReadOnlySpan<short> samples)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        while (!samples.IsEmpty)
        {
            var count = Math.Min(samples.Length, buffer.Length / 2);
            for (var i = 0; i < count; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(buffer.AsSpan(i * 2), samples[i]);
            }

            stream.Write(buffer, 0, count * 2);
            dataBytes += count * 2;
            samples = samples[count..];
        }
    }

    /// <summary>Fills in the header sizes and closes the stream unless asked to leave it open.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        var end = stream.Position;
        stream.Position = 0;
        WriteHeader();
        stream.Position = end;
        stream.Flush();
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }

    private void WriteHeader()
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        var data = (uint)Math.Min(dataBytes, uint.MaxValue - HeaderSize);
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], data + HeaderSize - 8);
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], (ushort)Format.Channels);
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], Format.SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], Format.SampleRate * Format.BlockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], (ushort)Format.BlockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(header[34..], WavFormat.BitsPerSample);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], data);
        stream.Write(header);
    }
}
