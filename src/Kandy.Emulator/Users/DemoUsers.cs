// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Users;

/// <summary>The users an emulator starts with when no user file is given.</summary>
public static class DemoUsers
{
    /// <summary>Gets the demo users: alice, bob, carol and dave, all at <c>kandy.test</c>.</summary>
    public static IReadOnlyList<EmulatorUser> All { get; } =
    [
        new("alice@kandy.test", "Alice-Pass-1", "Alice Adams", "Alice", "Adams", "+15550100001"),
        new("bob@kandy.test", "Bob-Pass-2", "Bob Brown", "Bob", "Brown", "+15550100002"),
        new("carol@kandy.test", "Carol-Pass-3", "Carol Clark", "Carol", "Clark", "+15550100003"),
        new("dave@kandy.test", "Dave-Pass-4", "Dave Davis", "Dave", "Davis", "+15550100004"),
    ];
}
