// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Control;

/// <summary>Control API request: fail the next <see cref="Count"/> matching Kandy Link requests.</summary>
/// <param name="Count">How many requests to fail (default 1).</param>
/// <param name="Status">HTTP status to answer (default 503).</param>
/// <param name="RetryAfter">Value of the <c>Retry-After</c> header, in seconds.</param>
/// <param name="RetryAfterMs">Value of <c>subscribeResponse.retryAfter</c> in the body, in milliseconds.</param>
/// <param name="PathPrefix">Only requests whose path starts with this text.</param>
/// <param name="Method">Only requests with this HTTP method.</param>
/// <param name="StatusCode">Body status code (defaults: 503 → 503, 404 → 39, 401/403 → 27, else the HTTP status).</param>
/// <param name="Html">Answer with an HTML body instead of JSON (Link's "unknown user" 403).</param>
internal sealed record FaultRule(int? Count, int? Status, int? RetryAfter, int? RetryAfterMs, string? PathPrefix, string? Method, int? StatusCode, bool? Html)
{
    public bool Matches(HttpRequest request) =>
        (PathPrefix is null || request.Path.Value!.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase))
        && (Method is null || string.Equals(Method, request.Method, StringComparison.OrdinalIgnoreCase));
}
