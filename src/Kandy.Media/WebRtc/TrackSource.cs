// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Audio;

namespace Kandy.Media.WebRtc;

/// <summary>Reads a local track's source, or silence while the track is disabled (W3C: a disabled track sends silence).</summary>
internal sealed class TrackSource(AudioTrack track, IAudioSource source) : IAudioSource
{
    public int SampleRate => source.SampleRate;

    public bool ReadFrame(Span<short> frame)
    {
        if (!source.ReadFrame(frame))
        {
            return false;
        }

        if (!track.Enabled)
        {
            frame.Clear();
        }

        return true;
    }
}
