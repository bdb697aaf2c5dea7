// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;

namespace Kandy.Media.Ice;

/// <summary>
/// A STUN or TURN server the agent gathers from. Names are resolved by the caller (the agent does no DNS).
/// A server with credentials is used as TURN (UDP, RFC 8656) and yields a relayed candidate; without, as STUN.
/// </summary>
/// <param name="EndPoint">The server's UDP address.</param>
/// <param name="Username">The TURN long-term user name, or null for STUN.</param>
/// <param name="Password">The TURN password, or null for STUN.</param>
public sealed record IceServer(IPEndPoint EndPoint, string? Username = null, string? Password = null)
{
    /// <summary>True when this server is used as TURN.</summary>
    public bool IsTurn => Username is not null && Password is not null;

    /// <inheritdoc/>
    public override string ToString() => (IsTurn ? "turn:" : "stun:") + EndPoint;
}
