// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Which way a device carries sound.</summary>
public enum AudioDeviceKind
{
    /// <summary>A microphone or line input.</summary>
    Capture,

    /// <summary>A speaker or line output.</summary>
    Playback,
}
