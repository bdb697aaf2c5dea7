// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Kandy.Emulator.Auth;

namespace Kandy.Emulator.Subscriptions;

/// <summary>Builds <c>subscribeResponse</c> bodies (01-session.md §6.3, §6.5).</summary>
internal sealed class SubscriptionResponses(TimeProvider time)
{
    // TURN REST credentials in the usual "expiry:user" / HMAC form; the secret only lives in this process.
    private readonly byte[] turnSecret = RandomNumberGenerator.GetBytes(32);

    public JsonObject Full(SubscriptionRecord record, bool withSession)
    {
        var parameters = new JsonObject
        {
            ["service"] = new JsonArray(record.Services.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
            ["expires"] = record.Expires,
            ["notificationChannel"] = record.ChannelPath,
        };
        if (record.ClientCorrelator is not null)
        {
            parameters["clientCorrelator"] = record.ClientCorrelator;
        }

        parameters["localization"] = record.Localization;
        parameters["useTurn"] = record.UseTurn;
        parameters["notificationType"] = record.NotificationType;
        if (withSession && record.SessionId is not null)
        {
            parameters["sessionId"] = record.SessionId;
        }

        parameters["turnCredentials"] = TurnCredentials(record);
        return new JsonObject
        {
            ["subscribeResponse"] = new JsonObject
            {
                ["statusCode"] = LinkStatus.Success,
                ["subscription"] = record.Path,
                ["subscriptionParams"] = parameters,
            },
        };
    }

    private JsonObject TurnCredentials(SubscriptionRecord record)
    {
        var expiry = time.GetUtcNow().AddSeconds(record.Expires).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var userName = expiry + ":" + record.UserName;
#pragma warning disable CA5350 // The TURN REST credential scheme (coturn's use-auth-secret) is defined with HMAC-SHA1.
        var password = Convert.ToBase64String(HMACSHA1.HashData(turnSecret, Encoding.UTF8.GetBytes(userName)));
#pragma warning restore CA5350
        return new JsonObject { ["username"] = userName, ["password"] = password };
    }
}
