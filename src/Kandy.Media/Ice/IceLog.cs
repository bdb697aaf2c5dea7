// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Microsoft.Extensions.Logging;

namespace Kandy.Media.Ice;

/// <summary>Source-generated log messages of the ICE agent (event ids 3000–3099). Passwords are never logged.</summary>
internal static partial class IceLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "ICE state {From} -> {To}")]
    public static partial void StateChanged(ILogger logger, IceConnectionState from, IceConnectionState to);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "ICE role is now {Role}")]
    public static partial void RoleChanged(ILogger logger, IceRole role);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "ICE selected pair {Pair}")]
    public static partial void PairSelected(ILogger logger, IceCandidatePair pair);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "ICE dropped datagram from {Remote}: {Reason}")]
    public static partial void Dropped(ILogger logger, IPEndPoint remote, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug, Message = "ICE check failed on {Pair}: {Reason}")]
    public static partial void CheckFailed(ILogger logger, IceCandidatePair pair, string reason);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Debug, Message = "ICE check failed on {Pair}: error {Code}")]
    public static partial void CheckError(ILogger logger, IceCandidatePair pair, int code);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Debug, Message = "ICE check succeeded on {Pair}")]
    public static partial void CheckSucceeded(ILogger logger, IceCandidatePair pair);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Debug, Message = "ICE all {Count} pairs failed or checking timed out")]
    public static partial void ChecksFailed(ILogger logger, int count);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Debug, Message = "ICE consent lost on {Pair}")]
    public static partial void ConsentLost(ILogger logger, IceCandidatePair pair);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Debug, Message = "ICE peer-reflexive remote candidate {Remote}")]
    public static partial void PeerReflexiveRemote(ILogger logger, IPEndPoint remote);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Debug, Message = "ICE restart")]
    public static partial void Restarting(ILogger logger);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug, Message = "ICE event handler failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Debug, Message = "ICE gathered {Candidate}")]
    public static partial void Gathered(ILogger logger, IceCandidate candidate);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Debug, Message = "ICE cannot bind {Address}: {Reason}")]
    public static partial void BindFailed(ILogger logger, IPAddress address, System.Net.Sockets.SocketError reason);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Debug, Message = "ICE server {Server} gave no candidate: {Reason}")]
    public static partial void ServerFailed(ILogger logger, IceServer server, string reason);
}
