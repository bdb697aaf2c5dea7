// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Auth;

/// <summary>Finds the user behind an HMAC session id issued by a subscribe answer (01-session.md §4.3).</summary>
internal interface ISessionLookup
{
    /// <summary>Returns the user name of the live subscription holding this session id, or null.</summary>
    string? FindSessionUser(string sessionId);
}
