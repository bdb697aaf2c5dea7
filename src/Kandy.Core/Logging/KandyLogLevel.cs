// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Logging;

/// <summary>The SDK's log levels, lowest to highest (01-session.md §12.1).</summary>
public enum KandyLogLevel
{
    /// <summary><c>TRACE</c>.</summary>
    Trace = 0,

    /// <summary><c>DEBUG</c>, the SDK's default level.</summary>
    Debug = 1,

    /// <summary><c>INFO</c>.</summary>
    Info = 2,

    /// <summary><c>WARN</c>.</summary>
    Warn = 3,

    /// <summary><c>ERROR</c>.</summary>
    Error = 4,

    /// <summary><c>SILENT</c>: nothing is delivered.</summary>
    Silent = 5,
}
