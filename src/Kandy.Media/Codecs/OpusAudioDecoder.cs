// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Concentus;
using Concentus.Structs;

namespace Kandy.Media.Codecs;

/// <summary>Opus decoder on Concentus' managed implementation, with in-band FEC and packet-loss concealment.</summary>
/// <remarks>
/// Decodes to mono whatever the sender's channel count (RFC 7587 §3.1: the receiver picks). A lost frame is
/// rebuilt from the low-bit-rate copy carried in the next packet when that packet is here (RFC 6716 §2.1.7),
/// otherwise the decoder extrapolates from its state.
/// </remarks>
public sealed class OpusAudioDecoder : IAudioDecoder, IDisposable
{
    private readonly OpusDecoder decoder;

    /// <summary>Creates the decoder.</summary>
    /// <param name="sampleRate">Output rate: 8000, 12000, 16000, 24000 or 48000 Hz.</param>
    public OpusAudioDecoder(int sampleRate = 48000)
    {
        SampleRate = sampleRate;
        // Obsolete only to steer callers towards the factory's native switch, which we must avoid.
#pragma warning disable CS0618
        decoder = new OpusDecoder(sampleRate, 1);
#pragma warning restore CS0618
    }

    /// <inheritdoc/>
    public AudioCodecInfo Codec => AudioCodecRegistry.Opus;

    /// <inheritdoc/>
    public int SampleRate { get; }

    /// <inheritdoc/>
    public int Decode(ReadOnlySpan<byte> payload, Span<short> samples)
    {
        if (payload.IsEmpty)
        {
            throw new InvalidDataException("An Opus payload is never empty.");
        }

        try
        {
            return decoder.Decode(payload, samples, samples.Length, false);
        }
        catch (OpusException ex)
        {
            throw new InvalidDataException("The Opus payload is malformed.", ex);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException("The Opus payload is malformed.", ex);
        }
    }

    /// <inheritdoc/>
    public void Conceal(ReadOnlySpan<byte> nextPayload, Span<short> samples)
    {
        try
        {
            decoder.Decode(nextPayload, samples, samples.Length, !nextPayload.IsEmpty);
        }
        catch (OpusException)
        {
            // A damaged next packet cannot carry FEC; plain extrapolation still works.
            decoder.Decode(ReadOnlySpan<byte>.Empty, samples, samples.Length, false);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => decoder.Dispose();
}
