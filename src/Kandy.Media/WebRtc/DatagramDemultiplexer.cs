// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>Tells STUN, DTLS, RTP and RTCP apart on one socket.</summary>
/// <remarks>
/// RFC 7983 §7: the first byte selects the protocol (0–3 STUN, 16–19 ZRTP, 20–63 DTLS, 64–79 TURN channel,
/// 128–191 RTP/RTCP). RFC 5761 §4: with rtcp-mux, RTCP packet types 192–223 are distinguished from RTP
/// payload types by the second byte. ZRTP and TURN channel data are not expected here and count as unknown
/// (channel data is unwrapped by the TURN client before it reaches this point).
/// </remarks>
public static class DatagramDemultiplexer
{
    /// <summary>Classifies one datagram.</summary>
    /// <param name="datagram">The received bytes.</param>
    /// <returns>The protocol it belongs to.</returns>
    public static DatagramKind Classify(ReadOnlySpan<byte> datagram)
    {
        if (datagram.Length == 0)
        {
            return DatagramKind.Unknown;
        }

        var first = datagram[0];
        return first switch
        {
            <= 3 => datagram.Length >= 20 ? DatagramKind.Stun : DatagramKind.Unknown,
            >= 20 and <= 63 => DatagramKind.Dtls,
            >= 128 and <= 191 when datagram.Length >= 12 => datagram[1] is >= 192 and <= 223 ? DatagramKind.Rtcp : DatagramKind.Rtp,
            >= 128 and <= 191 when datagram.Length >= 8 && datagram[1] is >= 192 and <= 223 => DatagramKind.Rtcp,
            _ => DatagramKind.Unknown,
        };
    }
}
