// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Sdp;

/// <summary>The <c>a=setup</c> value that picks the DTLS roles (RFC 4145 §4, RFC 5763 §5).</summary>
public enum SdpSetupRole
{
    /// <summary><c>actpass</c>: an offerer that lets the answerer choose.</summary>
    ActPass,

    /// <summary><c>active</c>: this side is the DTLS client.</summary>
    Active,

    /// <summary><c>passive</c>: this side is the DTLS server.</summary>
    Passive,

    /// <summary><c>holdconn</c>: no connection for now.</summary>
    HoldConnection,
}
