// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Kandy.Core;

/// <summary>Log messages of the client and its credentials (event ids 3xxx). Never a password or token.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Debug, "API invoked: {Api}.")]
    public static partial void ApiInvoked(ILogger logger, string api);

    [LoggerMessage(3002, LogLevel.Information, "Credentials set for {Username} ({Mode}).")]
    public static partial void CredentialsSet(ILogger logger, string username, string mode);

    [LoggerMessage(3003, LogLevel.Warning, "This credentials signature is not valid.")]
    public static partial void CredentialsInvalid(ILogger logger);

    [LoggerMessage(3004, LogLevel.Information, "Token updated ({Kind}).")]
    public static partial void TokenUpdated(ILogger logger, string kind);

    [LoggerMessage(3005, LogLevel.Debug, "Token update ignored: a bearer or access token credential is required.")]
    public static partial void TokenUpdateIgnored(ILogger logger);

    [LoggerMessage(3006, LogLevel.Error, "Connect failed: {Message}")]
    public static partial void ConnectFailed(ILogger logger, string message);
}
