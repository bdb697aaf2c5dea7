// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json;

namespace Kandy.Core.Emulator;

/// <summary>What a running emulator announced: where it listens, its users and its built-in numbers.</summary>
/// <param name="Uri">Base URI of the Kandy Link REST API and WebSocket.</param>
/// <param name="ControlUri">Base URI of the control API (<c>/_emulator</c>).</param>
/// <param name="Users">The users the emulator created.</param>
/// <param name="Numbers">Built-in test numbers by role (echo, ivr, busy, ...).</param>
public sealed record EmulatorInfo(
    Uri Uri,
    Uri ControlUri,
    IReadOnlyList<EmulatorUser> Users,
    IReadOnlyDictionary<string, string> Numbers)
{
    /// <summary>The prefix of the one line an emulator writes to stdout when it is ready.</summary>
    public const string ReadyPrefix = "KANDY-EMULATOR-READY ";

    /// <summary>Parses the JSON that follows <see cref="ReadyPrefix"/>.</summary>
    /// <param name="json">The compact JSON object of the ready line.</param>
    /// <returns>The announced endpoints, users and numbers.</returns>
    /// <exception cref="FormatException">The JSON lacks <c>uri</c> or is not an object.</exception>
    public static EmulatorInfo Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var uri = new Uri(root.GetProperty("uri").GetString() ?? throw new FormatException("The ready line has no uri."));
            var control = root.TryGetProperty("controlUri", out var c) && c.GetString() is { } text
                ? new Uri(text)
                : new Uri(uri, "/_emulator");
            return new EmulatorInfo(uri, control, ReadUsers(root), ReadNumbers(root));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or UriFormatException)
        {
            throw new FormatException("The emulator's ready line is not the expected JSON.", ex);
        }
    }

    private static List<EmulatorUser> ReadUsers(JsonElement root)
    {
        var users = new List<EmulatorUser>();
        if (!root.TryGetProperty("users", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return users;
        }

        foreach (var user in array.EnumerateArray())
        {
            users.Add(new EmulatorUser(
                Text(user, "userName") ?? string.Empty,
                Text(user, "password") ?? string.Empty,
                Text(user, "displayName"),
                Text(user, "firstName"),
                Text(user, "lastName"),
                Text(user, "phoneNumber")));
        }

        return users;
    }

    private static Dictionary<string, string> ReadNumbers(JsonElement root)
    {
        var numbers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("numbers", out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in map.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.String)
                {
                    numbers[entry.Name] = entry.Value.GetString()!;
                }
            }
        }

        return numbers;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
