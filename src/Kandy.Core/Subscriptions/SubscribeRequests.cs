// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json.Nodes;
using Kandy.Core.Auth;
using Kandy.Core.Rest;

namespace Kandy.Core.Subscriptions;

/// <summary>URLs and bodies of the subscription requests (01-session.md §6.3, §6.5).</summary>
internal static class SubscribeRequests
{
    private static readonly string[] Supported = ["RingingFeedback"];

    public static string CreateUrl(ConnectionRecord record, bool anonymous) =>
        RequestPipeline.BaseUrl(record.Server) + RequestPipeline.UserPath(record, anonymous ? "anonymous" : "user") + "/subscription";

    /// <summary>The <c>clientCorrelator</c> form when the server echoed one, otherwise the subscription path.</summary>
    public static string UpdateUrl(ConnectionRecord record, SubscriptionRecord subscription) =>
        subscription.ClientCorrelator is { } correlator
            ? RequestPipeline.BaseUrl(record.Server) + RequestPipeline.UserPath(record) + "/subscription/clientCorrelator/" + correlator
            : RequestPipeline.BaseUrl(record.Server) + subscription.Path;

    public static JsonObject CreateBody(KandyClientOptions options, IEnumerable<string> services, KandySubscribeOptions? subscribe)
    {
        var request = new JsonObject
        {
            ["expires"] = (long)options.Subscription.Expires.TotalSeconds,
            ["service"] = Array(services),
            ["localization"] = options.Authentication.Localization,
            ["useTurn"] = true,
            ["notificationType"] = options.Authentication.NotificationType,
            ["supported"] = Array(Supported),
            ["forceLogOut"] = subscribe?.ForceLogOut == true ? "true" : "false",
        };
        if (subscribe?.ClientCorrelator is { } correlator)
        {
            request["clientCorrelator"] = correlator;
        }

        return new JsonObject { ["subscribeRequest"] = request };
    }

    /// <summary>The PUT body: stored values (or defaults), never <c>forceLogOut</c> nor <c>clientCorrelator</c>.</summary>
    public static JsonObject UpdateBody(SubscriptionRecord subscription, IEnumerable<string> services)
    {
        var stored = subscription.Parameters;
        var request = new JsonObject();
        if (stored["expires"] is { } expires)
        {
            request["expires"] = expires.DeepClone();
        }

        request["service"] = Array(services);
        request["localization"] = StatusCodes.AsString(stored["localization"]) ?? "English_US";
        request["useTurn"] = true;
        request["notificationType"] = StatusCodes.AsString(stored["notificationType"]) ?? "WebSocket";
        request["supported"] = Array(Supported);
        return new JsonObject { ["subscribeRequest"] = request };
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());
}
