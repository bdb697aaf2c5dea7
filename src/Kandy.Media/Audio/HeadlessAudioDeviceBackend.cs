// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>The backend of machines without sound hardware: it has no devices.</summary>
public sealed class HeadlessAudioDeviceBackend : IAudioDeviceBackend
{
    /// <inheritdoc/>
    public IReadOnlyList<AudioDeviceInfo> GetDevices() => [];

    /// <inheritdoc/>
    public IAudioSource OpenCapture(AudioDeviceInfo device, int sampleRate) =>
        throw new NotSupportedException("This machine has no audio devices; use a file, tone, silence or pushed source.");

    /// <inheritdoc/>
    public IAudioSink OpenPlayback(AudioDeviceInfo device) =>
        throw new NotSupportedException("This machine has no audio devices; use a file, level-meter or null sink.");
}
