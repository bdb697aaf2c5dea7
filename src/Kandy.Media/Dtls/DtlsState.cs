// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtls;

/// <summary>The life cycle of a DTLS association, named after W3C <c>RTCDtlsTransportState</c>.</summary>
public enum DtlsState
{
    /// <summary>Created; the handshake has not started.</summary>
    New,

    /// <summary>The handshake is running.</summary>
    Connecting,

    /// <summary>The handshake finished and the peer's certificate matched its fingerprint.</summary>
    Connected,

    /// <summary>Closed by either side with close_notify, or disposed.</summary>
    Closed,

    /// <summary>The handshake or the association failed (fatal alert, timeout, fingerprint mismatch).</summary>
    Failed,
}
