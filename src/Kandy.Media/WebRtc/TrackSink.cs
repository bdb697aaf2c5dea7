// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Audio;

namespace Kandy.Media.WebRtc;

/// <summary>Hands decoded frames to whatever sink the remote track has at the moment, counting the samples played.</summary>
internal sealed class TrackSink(AudioTrack track) : IAudioSink
{
    private long samplesPlayed;

    public long SamplesPlayed => Interlocked.Read(ref samplesPlayed);

    public void WriteFrame(ReadOnlySpan<short> samples, int sampleRate)
    {
        Interlocked.Add(ref samplesPlayed, samples.Length);
        if (track.Enabled)
        {
            track.Sink?.WriteFrame(samples, sampleRate);
        }
    }
}
