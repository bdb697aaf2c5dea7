// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Where a desktop audio backend (ALSA, PulseAudio, WASAPI, Core Audio, ...) plugs in.</summary>
/// <remarks>
/// Headless machines need none: calls then use file, tone, silence or pushed sources and file, meter or null
/// sinks. A backend turns devices into the same <see cref="IAudioSource"/> and <see cref="IAudioSink"/>
/// everything else uses, so the media path does not know whether sound comes from a file or a microphone.
/// </remarks>
public interface IAudioDeviceBackend
{
    /// <summary>Lists the devices present now.</summary>
    /// <returns>The devices.</returns>
    IReadOnlyList<AudioDeviceInfo> GetDevices();

    /// <summary>Opens a capture device.</summary>
    /// <param name="device">A capture device from <see cref="GetDevices"/>.</param>
    /// <param name="sampleRate">The rate wanted.</param>
    /// <returns>A source that ends when the device goes away; dispose it to close the device.</returns>
    IAudioSource OpenCapture(AudioDeviceInfo device, int sampleRate);

    /// <summary>Opens a playback device.</summary>
    /// <param name="device">A playback device from <see cref="GetDevices"/>.</param>
    /// <returns>A sink; dispose it to close the device.</returns>
    IAudioSink OpenPlayback(AudioDeviceInfo device);
}
