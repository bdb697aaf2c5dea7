// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>One tick of the <see cref="AudioFrameClock"/>.</summary>
/// <param name="Index">The frame number, from 1; the RTP timestamp advances by Index × samples per frame.</param>
/// <param name="Scheduled">When the tick was due, measured from <see cref="AudioFrameClock.Start"/>.</param>
/// <param name="Lateness">How late the tick runs compared with <paramref name="Scheduled"/>.</param>
public readonly record struct AudioFrameTick(long Index, TimeSpan Scheduled, TimeSpan Lateness);
