// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Srtp;

/// <summary>Outcome of protecting or unprotecting one packet.</summary>
/// <remarks>Every value but <see cref="Ok"/> means the buffer holds no usable packet and should be dropped and counted.</remarks>
public enum SrtpStatus
{
    /// <summary>The packet was protected or unprotected.</summary>
    Ok,

    /// <summary>The bytes are not a well-formed RTP or RTCP packet (version, lengths).</summary>
    Malformed,

    /// <summary>The buffer has no room for the authentication tag (and SRTCP index).</summary>
    BufferTooSmall,

    /// <summary>The authentication tag did not verify: the packet was altered or keyed differently.</summary>
    AuthenticationFailed,

    /// <summary>The packet index was already received or is older than the replay window (RFC 3711 §3.3.2).</summary>
    Replayed,

    /// <summary>The master key has protected as many packets as it may (2^48 SRTP, 2^31 SRTCP).</summary>
    KeyExhausted,

    /// <summary>The context already tracks as many synchronisation sources as it accepts.</summary>
    TooManyStreams,
}
