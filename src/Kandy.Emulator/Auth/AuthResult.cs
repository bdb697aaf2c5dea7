// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Emulator.Users;

namespace Kandy.Emulator.Auth;

/// <summary>The outcome of authenticating one REST request.</summary>
/// <param name="User">The authenticated user, or null when <paramref name="Failure"/> is set.</param>
/// <param name="Mode">The credential mode the request used.</param>
/// <param name="Token">The bearer or access token presented, which also guards the WebSocket.</param>
/// <param name="Failure">The answer to send instead of serving the request.</param>
internal sealed record AuthResult(EmulatorUser? User, CredentialMode Mode, string? Token, IResult? Failure)
{
    public static AuthResult Fail(CredentialMode mode, IResult failure) => new(null, mode, null, failure);
}
