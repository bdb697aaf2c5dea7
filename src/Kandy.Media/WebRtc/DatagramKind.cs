// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>What a datagram on the shared media socket carries.</summary>
public enum DatagramKind
{
    /// <summary>Not one of the protocols below; dropped.</summary>
    Unknown,

    /// <summary>STUN (first byte 0–3).</summary>
    Stun,

    /// <summary>DTLS (first byte 20–63).</summary>
    Dtls,

    /// <summary>SRTP (first byte 128–191, second byte not an RTCP packet type).</summary>
    Rtp,

    /// <summary>SRTCP (first byte 128–191, packet type 192–223, RFC 5761 §4).</summary>
    Rtcp,
}
