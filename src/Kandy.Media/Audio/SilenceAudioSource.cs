// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Endless digital silence: keeps RTP flowing (and NAT bindings open) when there is nothing to say.</summary>
/// <param name="sampleRate">The sample rate in Hz.</param>
public sealed class SilenceAudioSource(int sampleRate = 48000) : IAudioSource
{
    /// <inheritdoc/>
    public int SampleRate { get; } = sampleRate > 0 ? sampleRate : throw new ArgumentOutOfRangeException(nameof(sampleRate));

    /// <inheritdoc/>
    public bool ReadFrame(Span<short> frame)
    {
        frame.Clear();
        return true;
    }
}
