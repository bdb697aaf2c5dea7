// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Kandy.Media.Dtls;

/// <summary>Log messages of the DTLS layer; never key material.</summary>
internal static partial class DtlsLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug, Message = "DTLS {Role} handshake started")]
    public static partial void HandshakeStarted(ILogger logger, DtlsRole role);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "DTLS {Role} connected with {Profile} in {ElapsedMs} ms")]
    public static partial void Connected(ILogger logger, DtlsRole role, DtlsSrtpProfile profile, long elapsedMs);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "DTLS {Role} failed: {Error}")]
    public static partial void Failed(ILogger logger, DtlsRole role, DtlsError error, Exception exception);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug, Message = "DTLS send failed and was ignored (retransmission covers it)")]
    public static partial void SendFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Debug, Message = "DTLS {Role} closed (close_notify received: {Remote})")]
    public static partial void Closed(ILogger logger, DtlsRole role, bool remote);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Error, Message = "A DTLS StateChanged handler threw")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Debug, Message = "DTLS application data of {Length} bytes ignored")]
    public static partial void ApplicationDataIgnored(ILogger logger, int length);
}
