// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>The aggregate of ICE and DTLS state (W3C <c>RTCPeerConnectionState</c>).</summary>
public enum PeerConnectionState
{
    /// <summary>Nothing started.</summary>
    New,

    /// <summary>ICE checks or the DTLS handshake are running.</summary>
    Connecting,

    /// <summary>ICE connected and DTLS finished: media flows.</summary>
    Connected,

    /// <summary>ICE lost connectivity (consent freshness); it may recover.</summary>
    Disconnected,

    /// <summary>ICE or DTLS failed (a fingerprint mismatch included); no media.</summary>
    Failed,

    /// <summary>Closed by <see cref="PeerConnection.CloseAsync"/>.</summary>
    Closed,
}
