// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Security.Cryptography;

namespace Kandy.Media.Ice;

/// <summary>Random ICE credentials (RFC 8839 §5.4: ufrag ≥ 4 and pwd ≥ 22 ice-chars; we use 8 and 24).</summary>
public static class IceCredentials
{
    private const string IceChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>A new username fragment (48 bits of entropy).</summary>
    public static string NewUsernameFragment() => RandomNumberGenerator.GetString(IceChars, 8);

    /// <summary>A new password (144 bits of entropy).</summary>
    public static string NewPassword() => RandomNumberGenerator.GetString(IceChars, 24);
}
