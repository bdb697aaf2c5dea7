// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json.Nodes;
using Kandy.Core.Rest;

namespace Kandy.Core.Subscriptions;

/// <summary>The stored subscription: the server's <c>subscription</c> path and <c>subscriptionParams</c>, kept as-is (01-session.md §6.3).</summary>
internal sealed class SubscriptionRecord
{
    private SubscriptionRecord(string path, JsonObject parameters, IReadOnlyList<string> requested)
    {
        Path = path;
        Parameters = parameters;
        Requested = requested;
    }

    public string Path { get; }

    public JsonObject Parameters { get; }

    public IReadOnlyList<string> Requested { get; }

    public IReadOnlyList<string> Granted => Services(Parameters);

    /// <summary>Gets <c>subscriptionParams.expires</c> in seconds, if present.</summary>
    public double? ExpiresSeconds => StatusCodes.AsNumber(Parameters["expires"]);

    public string? NotificationChannel => StatusCodes.AsString(Parameters["notificationChannel"]);

    public string? ClientCorrelator => StatusCodes.AsString(Parameters["clientCorrelator"]);

    public string? SessionId => StatusCodes.AsString(Parameters["sessionId"]);

    /// <summary>Reads a success answer; null when it lacks <c>subscription</c>, <c>subscriptionParams</c> or its <c>service</c> list.</summary>
    public static SubscriptionRecord? From(JsonNode? body, IReadOnlyList<string> requested)
    {
        var response = body?["subscribeResponse"];
        if (StatusCodes.AsString(response?["subscription"]) is not { } path ||
            response?["subscriptionParams"] is not JsonObject parameters ||
            parameters["service"] is not JsonArray)
        {
            return null;
        }

        return new SubscriptionRecord(path, (JsonObject)parameters.DeepClone(), requested);
    }

    public static IReadOnlyList<string> Services(JsonNode? parameters) =>
        parameters?["service"] is JsonArray list ? list.Select(StatusCodes.AsString).OfType<string>().ToList() : [];

    /// <summary>The grant status of §6.9.</summary>
    public (KandySubscriptionStatus Status, IReadOnlyList<string> Missing) Grant()
    {
        var granted = Granted;
        var missing = Requested.Where(r => !granted.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        var status = granted.Count == 0 ? KandySubscriptionStatus.None
            : missing.Count > 0 ? KandySubscriptionStatus.Partial
            : Requested.Count == granted.Count ? KandySubscriptionStatus.Full
            : KandySubscriptionStatus.Unknown;
        return (status, missing);
    }
}
