// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Kandy.Core.Transports;

/// <summary>Log messages of the notification WebSocket (event ids 5xxx). URLs are logged without their query.</summary>
internal static partial class Log
{
    [LoggerMessage(5001, LogLevel.Debug, "WebSocket state {Previous} -> {State}.")]
    public static partial void SocketStateChanged(ILogger logger, Kandy.Core.Connectivity.KandyConnectionState previous, Kandy.Core.Connectivity.KandyConnectionState state);

    [LoggerMessage(5002, LogLevel.Debug, "WebSocket attempt {Attempt} to {Url} (timeout {Timeout} ms).")]
    public static partial void SocketAttempt(ILogger logger, int attempt, string url, double timeout);

    [LoggerMessage(5003, LogLevel.Warning, "WebSocket attempt {Attempt} failed (timed out: {TimedOut}): {Reason}")]
    public static partial void SocketAttemptFailed(ILogger logger, int attempt, bool timedOut, string reason);

    [LoggerMessage(5004, LogLevel.Warning, "WebSocket ended: {Why}.")]
    public static partial void SocketEnded(ILogger logger, SocketEnd why);

    [LoggerMessage(5005, LogLevel.Error, "WebSocket reconnection failed: {Message}")]
    public static partial void ReconnectFailed(ILogger logger, string message);

    [LoggerMessage(5006, LogLevel.Debug, "WebSocket receive failed: {Message}")]
    public static partial void SocketReceiveFailed(ILogger logger, string message);

    [LoggerMessage(5007, LogLevel.Information, "WebSocket closed by the server with {Code}.")]
    public static partial void SocketClosedByServer(ILogger logger, int code);

    [LoggerMessage(5008, LogLevel.Debug, "WebSocket frame dropped: {Why}.")]
    public static partial void FrameDropped(ILogger logger, string why);

    [LoggerMessage(5009, LogLevel.Warning, "No connectivity answer for {Limit} ms; connection lost.")]
    public static partial void PingsMissed(ILogger logger, double limit);

    [LoggerMessage(5010, LogLevel.Warning, "A connectivity message could not be sent; connection lost.")]
    public static partial void SendFailed(ILogger logger);
}
