// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.PowerShell.Models;

/// <summary>How much the engine logs (the SDK's <c>config.logs.logLevel</c>).</summary>
public enum KandyLogLevel
{
    /// <summary>Everything, including wire-level detail (Debug stream).</summary>
    Trace = 0,

    /// <summary>Diagnostic detail (Debug stream).</summary>
    Debug = 1,

    /// <summary>What the session does (Verbose stream).</summary>
    Info = 2,

    /// <summary>Problems the engine recovered from (Warning stream).</summary>
    Warn = 3,

    /// <summary>Failures (Warning stream).</summary>
    Error = 4,

    /// <summary>Nothing.</summary>
    Silent = 5,
}
