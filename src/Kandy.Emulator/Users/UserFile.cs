// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json;
using Kandy.Emulator.Http;

namespace Kandy.Emulator.Users;

/// <summary>Reads a user list from a JSON file: an array of objects shaped like <see cref="EmulatorUser"/>.</summary>
internal static class UserFile
{
    public static IReadOnlyList<EmulatorUser> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var users = JsonSerializer.Deserialize<List<EmulatorUser>>(stream, JsonDefaults.Options)
            ?? throw new InvalidDataException($"The user file '{path}' holds no array of users.");
        foreach (var user in users)
        {
            if (string.IsNullOrWhiteSpace(user.UserName) || string.IsNullOrEmpty(user.Password))
            {
                throw new InvalidDataException($"Every user in '{path}' needs a userName and a password.");
            }
        }

        return users;
    }
}
