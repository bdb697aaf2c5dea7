// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Srtp;
using Microsoft.Extensions.Logging;

namespace Kandy.Media.WebRtc;

/// <summary>Log messages of the peer connection; never keys or ICE passwords.</summary>
internal static partial class WebRtcLog
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Debug, Message = "SRTP packet dropped: {Status}")]
    public static partial void RtpDropped(ILogger logger, SrtpStatus status);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Debug, Message = "Datagram of kind {Kind} dropped ({Reason})")]
    public static partial void DatagramDropped(ILogger logger, DatagramKind kind, string reason);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Peer connection state {State}")]
    public static partial void StateChanged(ILogger logger, PeerConnectionState state);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Warning, Message = "DTLS failed; no media will flow")]
    public static partial void DtlsFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Error, Message = "A peer connection event handler threw")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);
}
