// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kandy.Core.Rest;

/// <summary>Reads Kandy Link <c>statusCode</c> values out of answer bodies.</summary>
internal static class StatusCodes
{
    /// <summary>The body codes that mean "credentials rejected" on a 403 (§5.4).</summary>
    private static readonly HashSet<int> CredentialFailures = [4, 27, 61, 65];

    public static bool IsCredentialFailure(int? code) => code is { } value && CredentialFailures.Contains(value);

    /// <summary>Top-level <c>statusCode</c>, otherwise <c>statusCode</c> of the first top-level object that has one.</summary>
    public static int? Find(JsonNode? body)
    {
        if (body is not JsonObject root)
        {
            return null;
        }

        if (AsInt(root["statusCode"]) is { } top)
        {
            return top;
        }

        foreach (var (_, value) in root)
        {
            if (value is JsonObject inner && AsInt(inner["statusCode"]) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    public static int? AsInt(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.Number when value.TryGetValue<int>(out var whole) => whole,
            JsonValueKind.Number when value.TryGetValue<double>(out var real) && real is >= int.MinValue and <= int.MaxValue => (int)real,
            JsonValueKind.String when int.TryParse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    public static double? AsNumber(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var number) ? number : null;

    /// <summary>JavaScript truthiness of a JSON value.</summary>
    public static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.Number => value.GetValue<double>() != 0,
            JsonValueKind.String => value.GetValue<string>().Length > 0,
            _ => true,
        },
        _ => true,
    };

    public static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
