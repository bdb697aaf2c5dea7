// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Auth;

/// <summary>A token handed out through the control API.</summary>
/// <param name="Token">The opaque token text.</param>
/// <param name="UserName">The user it authenticates.</param>
/// <param name="Kind">Where the client presents it.</param>
/// <param name="ExpiresAt">When it stops being accepted (403 + status code 65 afterwards).</param>
/// <param name="Revoked">Whether it was revoked (401 afterwards).</param>
internal sealed record IssuedToken(string Token, string UserName, TokenKind Kind, DateTimeOffset ExpiresAt, bool Revoked);
