// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Auth;

/// <summary>What <see cref="KandyClient.GetUserInfo"/> returns (01-session.md §4.6).</summary>
public sealed class KandyUserInfo
{
    /// <summary>Gets the user name, after credentials were set.</summary>
    public string? Username { get; init; }

    /// <summary>Gets a value indicating whether a token was handed in through <see cref="KandyClient.UpdateToken"/>.</summary>
    public bool HasAccessToken { get; init; }

    /// <summary>Gets a value indicating whether a refresh token was handed in through <see cref="KandyClient.UpdateToken"/>.</summary>
    public bool HasRefreshToken { get; init; }
}
