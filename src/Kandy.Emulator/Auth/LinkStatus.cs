// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Auth;

/// <summary>Link body status codes the emulator uses (01-session.md §10.3).</summary>
internal static class LinkStatus
{
    public const int Success = 0;
    public const int WrongPassword = 4;
    public const int AuthenticationFailure = 27;
    public const int DeviceNotAuthorised = 29;
    public const int InvalidValue = 37;
    public const int NotFound = 39;
    public const int CredentialsProblem = 61;
    public const int TokenExpired = 65;
}
