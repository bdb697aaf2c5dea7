// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using System.Security;

namespace Kandy.PowerShell.Models;

/// <summary>A user of a running emulator, with a ready credential for Connect-Kandy.</summary>
public sealed class KandyEmulatorUser
{
    internal KandyEmulatorUser(string userName, string password, string? displayName, string? firstName, string? lastName, string? phoneNumber)
    {
        UserName = userName;
        DisplayName = displayName;
        FirstName = firstName;
        LastName = lastName;
        PhoneNumber = phoneNumber;
        var secret = new SecureString();
        foreach (var c in password)
        {
            secret.AppendChar(c);
        }

        secret.MakeReadOnly();
        Credential = new PSCredential(userName, secret);
    }

    /// <summary>The login name, e.g. <c>alice@kandy.test</c>.</summary>
    public string UserName { get; }

    /// <summary>The name other users see.</summary>
    public string? DisplayName { get; }

    /// <summary>Given name.</summary>
    public string? FirstName { get; }

    /// <summary>Family name.</summary>
    public string? LastName { get; }

    /// <summary>The user's E.164 number.</summary>
    public string? PhoneNumber { get; }

    /// <summary>User name and password, ready for <c>Connect-Kandy -Credential</c>.</summary>
    public PSCredential Credential { get; }

    /// <inheritdoc />
    public override string ToString() => UserName;
}
