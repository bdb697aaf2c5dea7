// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Connectivity;

/// <summary>Whether a bearer access token travels on the WebSocket URL (<c>webSocketOAuthMode</c>).</summary>
public enum KandyWebSocketOAuthMode
{
    /// <summary><c>query</c>: the token is appended as <c>access_token</c>.</summary>
    Query = 0,

    /// <summary><c>none</c>: the bearer token is not sent on the WebSocket.</summary>
    None = 1,
}
