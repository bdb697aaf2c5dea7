// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Discards received audio (the receive path still decodes, so statistics stay true).</summary>
public sealed class NullAudioSink : IAudioSink
{
    /// <inheritdoc/>
    public void WriteFrame(ReadOnlySpan<short> samples, int sampleRate)
    {
    }
}
