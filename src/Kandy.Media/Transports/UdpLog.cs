// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Kandy.Media.Transports;

/// <summary>Source-generated log messages of the UDP transport (event ids 3100–3199).</summary>
internal static partial class UdpLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug, Message = "UDP {Local}: receive error {Error}, datagram dropped")]
    public static partial void ReceiveError(ILogger logger, IPEndPoint local, SocketError error);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "UDP {Local}: handler failed for a datagram from {Remote}, dropped")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, IPEndPoint local, IPEndPoint remote);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Debug, Message = "UDP {Local}: send to {Remote} failed: {Reason}")]
    public static partial void SendFailed(ILogger logger, IPEndPoint local, IPEndPoint remote, string reason);
}
