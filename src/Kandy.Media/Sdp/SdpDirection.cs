// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Sdp;

/// <summary>Media direction attributes (RFC 8866 §6.7, RFC 3264 §6.1).</summary>
public enum SdpDirection
{
    /// <summary><c>a=sendrecv</c>, the default when none is written.</summary>
    SendReceive,

    /// <summary><c>a=sendonly</c>.</summary>
    SendOnly,

    /// <summary><c>a=recvonly</c>.</summary>
    ReceiveOnly,

    /// <summary><c>a=inactive</c>.</summary>
    Inactive,
}
