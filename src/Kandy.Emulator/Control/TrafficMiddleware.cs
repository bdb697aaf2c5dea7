// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Kandy.Emulator.Auth;
using Kandy.Emulator.Http;
using Kandy.Emulator.Logging;

namespace Kandy.Emulator.Control;

/// <summary>
/// Sits in front of every Kandy Link path (never the control API): records the request in the journal,
/// then applies any injected delay and failure before the real handler runs.
/// </summary>
internal sealed class TrafficMiddleware(RequestDelegate next, RequestJournal journal, FaultPlan plan, TimeProvider time, ILogger<TrafficMiddleware> logger)
{
    private const int MaxJournalBody = 64 * 1024;
    private static readonly string[] SecretQuery = ["token", "access_token"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(ControlEndpoints.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var body = await PeekBodyAsync(context.Request).ConfigureAwait(false);
        var sequence = journal.NextSequence();
        var arrived = time.GetUtcNow();
        context.Response.OnStarting(() =>
        {
            journal.Add(Entry(context, sequence, arrived, body));
            return Task.CompletedTask;
        });

        var delay = plan.TakeDelay(context.Request);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, context.RequestAborted).ConfigureAwait(false);
        }

        if (plan.TakeFault(context.Request) is { } fault)
        {
            Log.FaultInjected(logger, context.Request.Method, context.Request.Path, fault.Status ?? 503);
            await Answer(context, fault).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static IResult Answer(HttpContext context, FaultRule fault)
    {
        var status = fault.Status ?? 503;
        if (fault.RetryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (fault.Html == true)
        {
            return Results.Content("<html><body><h1>" + status.ToString(CultureInfo.InvariantCulture) + "</h1></body></html>", "text/html; charset=utf-8", statusCode: status);
        }

        var inner = new JsonObject
        {
            ["statusCode"] = fault.StatusCode ?? status switch
            {
                404 => LinkStatus.NotFound,
                401 or 403 => LinkStatus.AuthenticationFailure,
                _ => status,
            },
        };
        if (fault.RetryAfterMs is { } ms)
        {
            inner["retryAfter"] = ms;
        }

        var wrapper = status == 503 ? Wrappers.Subscribe : Wrappers.ForPath(context.Request.Path.Value!);
        return KandyResults.Json(status, new JsonObject { [wrapper] = inner });
    }

    private static async Task<string?> PeekBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0)
        {
            return null;
        }

        request.EnableBuffering();
        var buffer = new byte[MaxJournalBody];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(total), request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        request.Body.Position = 0;
        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    private static JournalEntry Entry(HttpContext context, long sequence, DateTimeOffset arrived, string? body)
    {
        var request = context.Request;
        // Lower-case names: HTTP/1.1 clients differ in case, and readers of the journal should not care.
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => Redact(h.Key, h.Value.ToString()), StringComparer.Ordinal);
        var query = string.Join('&', request.Query.Select(q => q.Key + "=" + (SecretQuery.Contains(q.Key, StringComparer.Ordinal) ? "***" : Uri.EscapeDataString(q.Value.ToString()))));
        var mode = context.Items.TryGetValue(Authenticator.ModeItem, out var m) && m is CredentialMode cm ? JsonNaming(cm) : null;
        var user = context.Items.TryGetValue(Authenticator.UserItem, out var u) ? u as string : null;
        return new JournalEntry(sequence, arrived, request.Method, request.Path.Value ?? string.Empty, query, headers, body,
            context.WebSockets.IsWebSocketRequest, context.Response.StatusCode, mode, user);
    }

    private static string JsonNaming(CredentialMode mode)
    {
        var name = mode.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Redact(string name, string value)
    {
        if (string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase))
        {
            var space = value.IndexOf(' ', StringComparison.Ordinal);
            return (space < 0 ? value : value[..space]) + " ***";
        }

        return string.Equals(name, "x-token", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "x-session", StringComparison.OrdinalIgnoreCase)
            ? "***"
            : value;
    }
}
