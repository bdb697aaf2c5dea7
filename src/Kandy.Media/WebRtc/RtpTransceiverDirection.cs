// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>Which ways media flows on a transceiver (RFC 8866 §6.7, W3C <c>RTCRtpTransceiverDirection</c>).</summary>
public enum RtpTransceiverDirection
{
    /// <summary>Send and receive.</summary>
    SendReceive,

    /// <summary>Send only.</summary>
    SendOnly,

    /// <summary>Receive only.</summary>
    ReceiveOnly,

    /// <summary>Neither (the m-line stays, media is held).</summary>
    Inactive,
}
