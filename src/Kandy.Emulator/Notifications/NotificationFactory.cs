// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json.Nodes;
using Kandy.Emulator.Http;

namespace Kandy.Emulator.Notifications;

/// <summary>Builds notification envelopes (01-session.md §8.1).</summary>
internal sealed class NotificationFactory(EventIds ids, TimeProvider time)
{
    public const string ConnAck = "{\"connAck\":{}}";

    /// <summary>A <c>gone</c> notification; <paramref name="retryAfterSeconds"/> is copied into the SDK's event.</summary>
    public string Gone(int? retryAfterSeconds)
    {
        var message = Message("gone");
        if (retryAfterSeconds is { } retry)
        {
            message["retryAfter"] = retry;
        }

        return Wrap(message);
    }

    public string WebSocketOverridden() => Wrap(Message("websocketOverridden"));

    /// <summary>Completes a caller's notification message with an <c>eventId</c> (when missing) and a <c>time</c>.</summary>
    public string Complete(JsonObject message, out string eventId)
    {
        if (message["eventId"] is null)
        {
            message["eventId"] = ids.Next();
        }

        message["time"] ??= time.GetUtcNow().ToUnixTimeMilliseconds();
        eventId = message["eventId"]!.ToString();
        return Wrap(message);
    }

    public static string ConnCheck(int intervalSeconds) => new JsonObject { ["connCheck"] = new JsonObject { ["interval"] = intervalSeconds } }.ToJsonString(JsonDefaults.Options);

    private JsonObject Message(string eventType) => new()
    {
        ["eventType"] = eventType,
        ["eventId"] = ids.Next(),
        ["time"] = time.GetUtcNow().ToUnixTimeMilliseconds(),
    };

    private static string Wrap(JsonObject message) => new JsonObject { ["notificationMessage"] = message }.ToJsonString(JsonDefaults.Options);
}
