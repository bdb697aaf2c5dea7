// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Ice;

/// <summary>The ICE role (RFC 8445 §6.1.1): the controlling agent nominates the pair.</summary>
public enum IceRole
{
    /// <summary>Nominates candidate pairs; normally the offerer.</summary>
    Controlling,

    /// <summary>Follows the controlling agent's nomination; normally the answerer, always an ICE-lite agent.</summary>
    Controlled,
}
