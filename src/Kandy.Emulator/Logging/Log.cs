// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Logging;

/// <summary>Source-generated log messages of the emulator. Never pass passwords, tokens or session ids.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Emulator listening on {Uri}")]
    public static partial void Listening(ILogger logger, Uri uri);

    [LoggerMessage(10, LogLevel.Information, "Subscription {SubscriptionId} created for {UserName} with services {Services}")]
    public static partial void SubscriptionCreated(ILogger logger, string subscriptionId, string userName, string services);

    [LoggerMessage(11, LogLevel.Information, "Subscription {SubscriptionId} ended: {Reason}")]
    public static partial void SubscriptionEnded(ILogger logger, string subscriptionId, string reason);

    [LoggerMessage(12, LogLevel.Debug, "Subscription {SubscriptionId} refreshed")]
    public static partial void SubscriptionRefreshed(ILogger logger, string subscriptionId);

    [LoggerMessage(20, LogLevel.Debug, "Socket opened for {UserName} on channel {ChannelId}")]
    public static partial void SocketOpened(ILogger logger, string userName, string channelId);

    [LoggerMessage(21, LogLevel.Debug, "Socket closed for {UserName} on channel {ChannelId}")]
    public static partial void SocketClosed(ILogger logger, string userName, string channelId);

    [LoggerMessage(22, LogLevel.Debug, "Socket on channel {ChannelId} failed: {Reason}")]
    public static partial void SocketFailed(ILogger logger, string channelId, string reason);

    [LoggerMessage(23, LogLevel.Debug, "Socket on channel {ChannelId} idle, closing")]
    public static partial void SocketIdle(ILogger logger, string channelId);

    [LoggerMessage(24, LogLevel.Debug, "Dropped a frame on channel {ChannelId}: {Reason}")]
    public static partial void FrameDropped(ILogger logger, string channelId, string reason);

    [LoggerMessage(30, LogLevel.Debug, "Request {Method} {Path} refused by credential check ({Mode})")]
    public static partial void CredentialsRefused(ILogger logger, string method, string path, string mode);

    [LoggerMessage(31, LogLevel.Debug, "Request {Method} {Path} failed by injected fault with {Status}")]
    public static partial void FaultInjected(ILogger logger, string method, string path, int status);

    [LoggerMessage(32, LogLevel.Debug, "Malformed request body on {Path} dropped")]
    public static partial void MalformedBody(ILogger logger, string path);

    [LoggerMessage(40, LogLevel.Information, "Stopping: {Reason}")]
    public static partial void Stopping(ILogger logger, string reason);
}
