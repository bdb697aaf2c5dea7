// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Auth;

/// <summary>The kinds of token the control API can issue.</summary>
internal enum TokenKind
{
    /// <summary>OAuth bearer token: <c>Authorization: Bearer</c>, WebSocket query <c>access_token</c>.</summary>
    Bearer,

    /// <summary>CIM access token: query parameter <c>token</c> on REST and WebSocket.</summary>
    Access,

    /// <summary>HMAC token: <c>x-token</c> header until the subscription swaps it for <c>x-session</c>.</summary>
    Hmac,
}
