// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>A sound device a backend offers.</summary>
/// <param name="Id">The backend's stable identifier.</param>
/// <param name="Name">A name to show to people.</param>
/// <param name="Kind">Capture or playback.</param>
/// <param name="IsDefault">Whether the system uses it by default.</param>
public sealed record AudioDeviceInfo(string Id, string Name, AudioDeviceKind Kind, bool IsDefault);
