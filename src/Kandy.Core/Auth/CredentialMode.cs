// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Auth;

/// <summary>The SDK's credential modes, in its order of precedence (01-session.md §4.1).</summary>
internal enum CredentialMode
{
    Hmac,
    AccessToken,
    AuthNamePassword,
    Bearer,
    Password,
}
