// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Produces mono 16-bit PCM in 20 ms frames, the packetisation time of WebRTC audio.</summary>
public interface IAudioSource
{
    /// <summary>Gets the sample rate in Hz.</summary>
    int SampleRate { get; }

    /// <summary>Gets the number of samples in one 20 ms frame.</summary>
    int SamplesPerFrame => SampleRate / 50;

    /// <summary>Fills the next frame.</summary>
    /// <param name="frame">Exactly <see cref="SamplesPerFrame"/> samples.</param>
    /// <returns><see langword="false"/> when the source has ended.</returns>
    bool ReadFrame(Span<short> frame);
}
