// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Users;

/// <summary>A user known to the emulator's directory.</summary>
/// <param name="UserName">Kandy Link user id, e.g. <c>alice@kandy.test</c>; used in REST paths.</param>
/// <param name="Password">Password accepted in Basic authentication.</param>
/// <param name="DisplayName">Name shown to other users.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="PhoneNumber">E.164 phone number.</param>
public sealed record EmulatorUser(
    string UserName,
    string Password,
    string DisplayName,
    string FirstName,
    string LastName,
    string PhoneNumber);
