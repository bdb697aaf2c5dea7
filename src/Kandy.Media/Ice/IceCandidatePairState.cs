// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Ice;

/// <summary>The state of a candidate pair in the check list (RFC 8445 §6.1.2.6).</summary>
public enum IceCandidatePairState
{
    /// <summary>Waiting for a pair with the same foundation to succeed.</summary>
    Frozen,

    /// <summary>Ready to be checked.</summary>
    Waiting,

    /// <summary>A check is outstanding.</summary>
    InProgress,

    /// <summary>A check succeeded.</summary>
    Succeeded,

    /// <summary>A check failed or timed out.</summary>
    Failed,
}
