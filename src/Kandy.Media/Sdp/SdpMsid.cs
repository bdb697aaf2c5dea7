// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Sdp;

/// <summary>An <c>a=msid</c> value (RFC 8830 §2): the media stream id and optional track id.</summary>
/// <param name="StreamId">The MediaStream id, <c>-</c> for none.</param>
/// <param name="TrackId">The track id ("appdata"), or null.</param>
public sealed record SdpMsid(string StreamId, string? TrackId = null)
{
    /// <summary>Parses an <c>a=msid</c> value.</summary>
    /// <param name="text">The value.</param>
    /// <param name="msid">The msid when well formed.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpMsid? msid)
    {
        var parts = text?.Split(' ');
        msid = parts switch
        {
            [var stream] when stream.Length > 0 => new SdpMsid(stream),
            [var stream, var track] when stream.Length > 0 && track.Length > 0 => new SdpMsid(stream, track),
            _ => null,
        };
        return msid is not null;
    }

    /// <inheritdoc/>
    public override string ToString() => TrackId is null ? StreamId : $"{StreamId} {TrackId}";
}
