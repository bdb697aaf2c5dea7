// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Turn;

/// <summary>A TURN request failed: an error response (with its STUN error code) or no answer (code 0).</summary>
public sealed class TurnException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TurnException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TurnException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public TurnException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an error response.</summary>
    public TurnException(string message, int errorCode)
        : base(message)
    {
        ErrorCode = errorCode;
    }

    /// <summary>The STUN error code (401, 403, 437, 486 …), or 0 when the server did not answer.</summary>
    public int ErrorCode { get; }
}
