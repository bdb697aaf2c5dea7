// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Codecs;

/// <summary>Turns frames of mono 16-bit PCM into RTP payloads of one codec.</summary>
public interface IAudioEncoder
{
    /// <summary>Gets the codec this encoder produces.</summary>
    AudioCodecInfo Codec { get; }

    /// <summary>Gets the PCM sample rate the encoder expects, in Hz.</summary>
    int SampleRate { get; }

    /// <summary>Encodes one frame.</summary>
    /// <param name="samples">One packetisation time of mono PCM at <see cref="SampleRate"/>.</param>
    /// <param name="payload">Receives the RTP payload; 1,275 bytes is always enough.</param>
    /// <returns>The payload length; 0 means there is nothing worth sending for this frame (discontinuous transmission).</returns>
    int Encode(ReadOnlySpan<short> samples, Span<byte> payload);
}
