// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtls;

/// <summary>Which side of the DTLS handshake this endpoint plays.</summary>
/// <remarks>RFC 5763 §5: the SDP <c>a=setup</c> attribute decides it; <c>active</c> is the client.</remarks>
public enum DtlsRole
{
    /// <summary>Sends the ClientHello (<c>a=setup:active</c>).</summary>
    Client,

    /// <summary>Waits for the ClientHello (<c>a=setup:passive</c>).</summary>
    Server,
}
