// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json;

namespace Kandy.Emulator.Subscriptions;

/// <summary>The fields of a <c>subscribeRequest</c> body (01-session.md §6.3, §6.5).</summary>
internal sealed record SubscribeRequest(
    IReadOnlyList<string> Services,
    int? Expires,
    string? Localization,
    bool? UseTurn,
    string? NotificationType,
    bool ForceLogOut,
    string? ClientCorrelator)
{
    /// <summary>Reads a body; returns null when it is not a <c>subscribeRequest</c> object.</summary>
    public static SubscribeRequest? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("subscribeRequest", out var request)
                || request.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var services = new List<string>();
            if (request.TryGetProperty("service", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                services.AddRange(list.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!));
            }

            return new SubscribeRequest(
                services,
                request.TryGetProperty("expires", out var expires) && expires.TryGetInt32(out var seconds) ? seconds : null,
                Text(request, "localization"),
                request.TryGetProperty("useTurn", out var turn) && turn.ValueKind is JsonValueKind.True or JsonValueKind.False ? turn.GetBoolean() : null,
                Text(request, "notificationType"),
                string.Equals(Text(request, "forceLogOut"), "true", StringComparison.OrdinalIgnoreCase),
                Text(request, "clientCorrelator"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
