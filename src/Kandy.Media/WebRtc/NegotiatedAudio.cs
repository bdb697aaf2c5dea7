// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Codecs;
using Kandy.Media.Sdp;

namespace Kandy.Media.WebRtc;

/// <summary>The audio codec and telephone-event both sides agreed on, with the payload types of the remote description.</summary>
internal sealed record NegotiatedAudio(AudioCodecInfo Codec, AudioCodecInfo? TelephoneEvent)
{
    /// <summary>Picks from the remote formats by our preference order (RFC 3264 §6.1).</summary>
    /// <returns>The agreement, or <see langword="null"/> when no audio codec is shared.</returns>
    public static NegotiatedAudio? From(AudioCodecRegistry registry, SdpMediaDescription remote)
    {
        var (codec, events) = registry.Negotiate(remote.GetCodecs().Select(ToInfo));
        return codec is null ? null : new NegotiatedAudio(codec, events);
    }

    /// <summary>Turns a format into its SDP form.</summary>
    public static SdpCodec ToSdp(AudioCodecInfo format) =>
        new(format.PayloadType, format.Name, format.ClockRate, format.Channels > 1 ? format.Channels : null, format.FormatParameters);

    private static AudioCodecInfo ToInfo(SdpCodec codec) =>
        new(codec.Name, codec.ClockRate, codec.Channels ?? 1, codec.PayloadType, codec.Parameters);
}
