// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Auth;

/// <summary>How a request proved who it is (01-session.md §4.2).</summary>
internal enum CredentialMode
{
    /// <summary>No credential was presented.</summary>
    None,

    /// <summary><c>Authorization: Basic</c> with user (or auth name) and password.</summary>
    Basic,

    /// <summary><c>Authorization: Bearer</c> access token.</summary>
    Bearer,

    /// <summary>CIM access token in the <c>token</c> query parameter.</summary>
    AccessToken,

    /// <summary>HMAC token in the <c>x-token</c> header.</summary>
    Hmac,

    /// <summary>HMAC session id in the <c>x-session</c> header, issued by a subscribe answer.</summary>
    Session,
}
