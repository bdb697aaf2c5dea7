// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Auth;

/// <summary>An OAuth bearer access token; sent as <c>Authorization: Bearer</c> and, by default, as <c>access_token</c> on the WebSocket URL.</summary>
public sealed class KandyBearerTokenCredential : KandyCredential
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="username">The user name used in paths.</param>
    /// <param name="bearerAccessToken">The token.</param>
    public KandyBearerTokenCredential(string username, string bearerAccessToken)
        : base(username)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(bearerAccessToken);
        BearerAccessToken = bearerAccessToken;
    }

    internal string BearerAccessToken { get; }
}
