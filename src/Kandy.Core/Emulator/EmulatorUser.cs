// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Emulator;

/// <summary>A user the emulator created, as announced on its ready line.</summary>
/// <param name="UserName">The login name, e.g. <c>alice@kandy.test</c>.</param>
/// <param name="Password">The password the emulator accepts for this user.</param>
/// <param name="DisplayName">The name shown to other users.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="PhoneNumber">The E.164 number of the user.</param>
public sealed record EmulatorUser(
    string UserName,
    string Password,
    string? DisplayName,
    string? FirstName,
    string? LastName,
    string? PhoneNumber);
