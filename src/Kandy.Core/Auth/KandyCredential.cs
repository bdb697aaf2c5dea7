// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Auth;

/// <summary>Credentials for <see cref="KandyClient.SetCredentials"/>; one subclass per SDK mode (01-session.md §4.1).</summary>
/// <remarks><see cref="object.ToString"/> never shows a secret.</remarks>
public abstract class KandyCredential
{
    private protected KandyCredential(string? username) => Username = username;

    /// <summary>Gets the user name used in REST paths, exactly as typed (e.g. <c>alice@example.com</c>).</summary>
    public string? Username { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name}({Username})";
}
