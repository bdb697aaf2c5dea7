// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Codecs;

/// <summary>Turns RTP payloads of one codec back into mono 16-bit PCM, and fills in for lost packets.</summary>
public interface IAudioDecoder
{
    /// <summary>Gets the codec this decoder reads.</summary>
    AudioCodecInfo Codec { get; }

    /// <summary>Gets the PCM sample rate the decoder produces, in Hz.</summary>
    int SampleRate { get; }

    /// <summary>Decodes one payload.</summary>
    /// <param name="payload">The RTP payload.</param>
    /// <param name="samples">Receives the PCM; must hold the whole frame (120 ms at <see cref="SampleRate"/> is always enough).</param>
    /// <returns>The number of samples written.</returns>
    /// <exception cref="InvalidDataException">The payload is not valid for this codec.</exception>
    int Decode(ReadOnlySpan<byte> payload, Span<short> samples);

    /// <summary>Produces a replacement for one lost frame (packet-loss concealment).</summary>
    /// <param name="nextPayload">The payload that follows the lost one when it is already here, else empty;
    /// codecs with in-band forward error correction rebuild the lost frame from it.</param>
    /// <param name="samples">Receives exactly one frame of PCM; its length is the frame size.</param>
    void Conceal(ReadOnlySpan<byte> nextPayload, Span<short> samples);
}
