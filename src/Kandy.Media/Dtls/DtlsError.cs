// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtls;

/// <summary>Why a DTLS-SRTP association failed.</summary>
public enum DtlsError
{
    /// <summary>The peer's certificate does not match the <c>a=fingerprint</c> of the remote description.</summary>
    FingerprintMismatch,

    /// <summary>The peer presented no certificate.</summary>
    MissingCertificate,

    /// <summary>The peers share no SRTP protection profile, or the peer did not offer <c>use_srtp</c>.</summary>
    NoCommonSrtpProfile,

    /// <summary>The peer sent a fatal alert.</summary>
    AlertReceived,

    /// <summary>The handshake did not finish in time.</summary>
    Timeout,

    /// <summary>Any other protocol failure.</summary>
    ProtocolError,
}
