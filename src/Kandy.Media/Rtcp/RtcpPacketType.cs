// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Rtcp;

/// <summary>RTCP packet types (RFC 3550 §12.1, RFC 4585 §6.1, RFC 3611).</summary>
public enum RtcpPacketType : byte
{
    /// <summary>Sender report.</summary>
    SenderReport = 200,

    /// <summary>Receiver report.</summary>
    ReceiverReport = 201,

    /// <summary>Source description.</summary>
    SourceDescription = 202,

    /// <summary>Goodbye.</summary>
    Goodbye = 203,

    /// <summary>Application-defined.</summary>
    ApplicationDefined = 204,

    /// <summary>Transport-layer feedback (NACK, transport-cc, …).</summary>
    TransportFeedback = 205,

    /// <summary>Payload-specific feedback (PLI, FIR, REMB, …).</summary>
    PayloadFeedback = 206,

    /// <summary>Extended report.</summary>
    ExtendedReport = 207,
}
