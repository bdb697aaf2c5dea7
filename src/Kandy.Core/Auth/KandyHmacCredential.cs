// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Auth;

/// <summary>
/// An HMAC token; sent as <c>x-token</c> until the subscription succeeds, then replaced by the
/// server's session id in <c>x-session</c> (01-session.md §4.3).
/// </summary>
public sealed class KandyHmacCredential : KandyCredential
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="username">The user name used in paths.</param>
    /// <param name="hmacToken">The token.</param>
    public KandyHmacCredential(string username, string hmacToken)
        : base(username)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(hmacToken);
        HmacToken = hmacToken;
    }

    internal string HmacToken { get; }
}
