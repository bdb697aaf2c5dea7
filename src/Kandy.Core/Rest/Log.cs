// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Kandy.Core.Rest;

/// <summary>Log messages of the request pipeline (event ids 2xxx). URLs are logged without their query.</summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Debug, "Request {Id}: {Method} {Url}.")]
    public static partial void RequestSending(ILogger logger, long id, string method, string url);

    [LoggerMessage(2002, LogLevel.Debug, "Request {Id}: {Method} answered {Status} ({Error}).")]
    public static partial void RequestFinished(ILogger logger, long id, string method, int status, string error);

    [LoggerMessage(2003, LogLevel.Debug, "Custom request: {Method} {Url}.")]
    public static partial void FetchSending(ILogger logger, string method, string url);

    [LoggerMessage(2004, LogLevel.Warning, "The server rejected the credentials (HTTP {Status}, status code {Code}).")]
    public static partial void CredentialsRejected(ILogger logger, int status, int? code);
}
