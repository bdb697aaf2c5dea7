// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Auth;

/// <summary>A CIM access token; sent as the query parameter <c>token</c> on every request and on the WebSocket URL.</summary>
public sealed class KandyAccessTokenCredential : KandyCredential
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="username">The user name used in paths.</param>
    /// <param name="accessToken">The token.</param>
    public KandyAccessTokenCredential(string username, string accessToken)
        : base(username)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        AccessToken = accessToken;
    }

    internal string AccessToken { get; }
}
