// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Auth;

/// <summary>User name and password; sent as HTTP Basic authorization.</summary>
public sealed class KandyPasswordCredential : KandyCredential
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="username">The user name used in paths.</param>
    /// <param name="password">The password.</param>
    /// <param name="authName">An optional authentication name that replaces the user name inside the Basic header.</param>
    public KandyPasswordCredential(string username, string password, string? authName = null)
        : base(username)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        Password = password;
        AuthName = authName;
    }

    /// <summary>Gets the authentication name, when it differs from the user name.</summary>
    public string? AuthName { get; }

    internal string Password { get; }
}
