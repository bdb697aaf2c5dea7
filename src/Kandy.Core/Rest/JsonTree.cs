// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kandy.Core.Rest;

/// <summary>
/// Turns JSON into plain BCL values (dictionaries, lists, strings, numbers, booleans) so that callers in
/// another assembly load context, such as the PowerShell module, never see System.Text.Json types.
/// </summary>
internal static class JsonTree
{
    public static object? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return FromElement(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static object? FromNode(JsonNode? node) => node is null ? null : FromElement(JsonSerializer.SerializeToElement(node));

    public static Dictionary<string, object?> FromObject(JsonObject? node) =>
        FromNode(node) as Dictionary<string, object?> ?? new Dictionary<string, object?>(StringComparer.Ordinal);

    public static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject()
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => FromElement(g.Last().Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(FromElement).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => Number(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>JSON has one number type; whole values (also when written as <c>30.0</c>) become <see cref="long"/>.</summary>
    private static object Number(JsonElement element)
    {
        if (element.TryGetInt64(out var whole))
        {
            return whole;
        }

        var real = element.GetDouble();
        return Math.Abs(real) < 9e15 && Math.Floor(real) == real ? (long)real : real;
    }
}
