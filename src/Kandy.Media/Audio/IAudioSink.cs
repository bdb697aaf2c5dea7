// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Receives decoded mono 16-bit PCM from a remote audio track.</summary>
public interface IAudioSink
{
    /// <summary>Called on the receive path for each decoded frame; must not block.</summary>
    /// <param name="samples">The samples, valid only during the call.</param>
    /// <param name="sampleRate">Their rate in Hz.</param>
    void WriteFrame(ReadOnlySpan<short> samples, int sampleRate);
}
