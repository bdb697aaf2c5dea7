// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Stun;

/// <summary>The class of a STUN message (RFC 8489 §5).</summary>
public enum StunClass
{
    /// <summary>A request that expects a response.</summary>
    Request = 0,

    /// <summary>An indication: no response is sent.</summary>
    Indication = 1,

    /// <summary>A success response.</summary>
    SuccessResponse = 2,

    /// <summary>An error response, carrying ERROR-CODE.</summary>
    ErrorResponse = 3,
}
