// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kandy.Emulator.Http;

/// <summary>Answers in the shapes Kandy Link uses: one operation wrapper holding a numeric statusCode (01-session.md §10.3).</summary>
internal static class KandyResults
{
    private const string JsonType = "application/json";

    public static IResult Json(int status, JsonNode body) =>
        Results.Content(body.ToJsonString(JsonDefaults.Options), JsonType, statusCode: status);

    public static IResult Json<T>(int status, T body) =>
        Results.Content(JsonSerializer.Serialize(body, JsonDefaults.Options), JsonType, statusCode: status);

    /// <summary>An error body such as <c>{"subscribeResponse":{"statusCode":4}}</c>.</summary>
    public static IResult Error(int status, string wrapper, int statusCode, string? reason = null)
    {
        var inner = new JsonObject { ["statusCode"] = statusCode };
        if (reason is not null)
        {
            inner["reason"] = reason;
        }

        return Json(status, new JsonObject { [wrapper] = inner });
    }

    /// <summary>What Link sends for an unknown user: a 403 HTML page, which the SDK reads as a credential failure.</summary>
    public static IResult ForbiddenHtml() =>
        Results.Content("<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>", "text/html; charset=utf-8", statusCode: 403);
}
