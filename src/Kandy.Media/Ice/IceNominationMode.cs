// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Ice;

/// <summary>How the controlling agent nominates (RFC 8445 §8.1.1; aggressive is from RFC 5245).</summary>
public enum IceNominationMode
{
    /// <summary>Check first, then repeat the check on the chosen valid pair with USE-CANDIDATE.</summary>
    Regular,

    /// <summary>Every check carries USE-CANDIDATE; the first pair that succeeds is selected.</summary>
    Aggressive,
}
