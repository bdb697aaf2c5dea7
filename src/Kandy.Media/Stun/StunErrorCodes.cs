// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Stun;

/// <summary>STUN error codes used by ICE and TURN (RFC 8489 §14.8, RFC 8445 §7.3.1.1, RFC 8656 §18).</summary>
public static class StunErrorCodes
{
    /// <summary>400 Bad Request.</summary>
    public const int BadRequest = 400;

    /// <summary>401 Unauthenticated: retry with credentials (REALM and NONCE given).</summary>
    public const int Unauthenticated = 401;

    /// <summary>403 Forbidden.</summary>
    public const int Forbidden = 403;

    /// <summary>420 Unknown Attribute.</summary>
    public const int UnknownAttribute = 420;

    /// <summary>437 Allocation Mismatch (TURN).</summary>
    public const int AllocationMismatch = 437;

    /// <summary>438 Stale Nonce: retry with the new NONCE.</summary>
    public const int StaleNonce = 438;

    /// <summary>486 Allocation Quota Reached (TURN).</summary>
    public const int AllocationQuotaReached = 486;

    /// <summary>487 Role Conflict (ICE).</summary>
    public const int RoleConflict = 487;

    /// <summary>500 Server Error.</summary>
    public const int ServerError = 500;

    /// <summary>508 Insufficient Capacity (TURN).</summary>
    public const int InsufficientCapacity = 508;
}
