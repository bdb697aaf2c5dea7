// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Audio;

namespace Kandy.Media.WebRtc;

/// <summary>An audio track: a local one reads a source, a remote one feeds a sink (W3C <c>MediaStreamTrack</c>, kind audio).</summary>
public sealed class AudioTrack
{
    private AudioTrack(string id, IAudioSource? source, bool remote)
    {
        Id = id;
        Source = source;
        IsRemote = remote;
    }

    /// <summary>Gets the track id, used in <c>a=msid</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the kind, always <c>audio</c>.</summary>
    public string Kind { get; } = "audio";

    /// <summary>Gets or sets a value indicating whether frames are sent (local) or delivered to the sink (remote); disabled local tracks send silence.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets a value indicating whether the track carries received media.</summary>
    public bool IsRemote { get; }

    /// <summary>Gets the source of a local track.</summary>
    public IAudioSource? Source { get; }

    /// <summary>Gets or sets the sink that receives a remote track's decoded audio.</summary>
    public IAudioSink? Sink { get; set; }

    /// <summary>Creates a local track that sends what <paramref name="source"/> produces.</summary>
    /// <param name="source">20 ms PCM frames at any rate; they are resampled to the negotiated codec's rate.</param>
    /// <param name="id">The track id; a new GUID when omitted.</param>
    /// <returns>The track.</returns>
    public static AudioTrack CreateLocal(IAudioSource source, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new AudioTrack(id ?? Guid.NewGuid().ToString(), source, remote: false);
    }

    internal static AudioTrack CreateRemote(string id) => new(id, null, remote: true);
}
