// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Kandy.Core.Rest;

/// <summary>The SDK's rewrite of 503 answers into a retry delay in milliseconds (01-session.md §5.3).</summary>
internal static class ServiceUnavailable
{
    /// <summary>Rewrites a parsed 503 body to <c>{"subscribeResponse":{"statusCode":503,"retryAfter":ms}}</c> or <c>…500</c>.</summary>
    public static JsonObject Rewrite(JsonNode? body, HttpResponseHeaders headers, DateTimeOffset now)
    {
        var retryAfter = FromBody(body) ?? FromHeader(headers, now);
        var response = retryAfter is > 0
            ? new JsonObject { ["statusCode"] = 503, ["retryAfter"] = retryAfter.Value }
            : new JsonObject { ["statusCode"] = 500 };
        return new JsonObject { ["subscribeResponse"] = response };
    }

    /// <summary>Reads the rewritten retry delay back; null unless the body says 503 with a positive delay.</summary>
    public static TimeSpan? RetryDelay(JsonNode? body)
    {
        var response = body?["subscribeResponse"];
        return StatusCodes.AsInt(response?["statusCode"]) == 503 && StatusCodes.AsNumber(response?["retryAfter"]) is > 0 and var ms
            ? TimeSpan.FromMilliseconds(ms)
            : null;
    }

    private static double? FromBody(JsonNode? body) => StatusCodes.AsNumber(body?["subscribeResponse"]?["retryAfter"]) is { } ms and not 0 ? ms : null;

    private static double? FromHeader(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (!headers.TryGetValues("Retry-After", out var values))
        {
            return null;
        }

        var text = values.FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.EndsWith(" GMT", StringComparison.Ordinal))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? (date - now).TotalMilliseconds
                : null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds * 1000 : null;
    }
}
