// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Microsoft.Extensions.Logging;

namespace Kandy.Media.Turn;

/// <summary>Source-generated log messages of the TURN client (event ids 3200–3299). Passwords and keys are never logged.</summary>
internal static partial class TurnLog
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Debug, Message = "TURN {Server}: allocated {Relayed} (mapped {Mapped}) for {Lifetime}")]
    public static partial void Allocated(ILogger logger, IPEndPoint server, IPEndPoint relayed, IPEndPoint? mapped, TimeSpan lifetime);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Debug, Message = "TURN {Server}: {Method} answered {Code}, retrying with new realm/nonce")]
    public static partial void Challenge(ILogger logger, IPEndPoint server, Stun.StunMethod method, int code);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Debug, Message = "TURN {Server}: dropped datagram: {Reason}")]
    public static partial void Dropped(ILogger logger, IPEndPoint server, string reason);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Debug, Message = "TURN {Server}: {Operation} failed: {Reason}")]
    public static partial void Failed(ILogger logger, IPEndPoint server, string operation, string reason);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Debug, Message = "TURN {Server}: channel {Channel} bound to {Peer}")]
    public static partial void ChannelBound(ILogger logger, IPEndPoint server, ushort channel, IPEndPoint peer);
}
