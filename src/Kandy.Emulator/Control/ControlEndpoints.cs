// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kandy.Emulator.Auth;
using Kandy.Emulator.Hosting;
using Kandy.Emulator.Http;
using Kandy.Emulator.Notifications;
using Kandy.Emulator.Push;
using Kandy.Emulator.Subscriptions;
using Kandy.Emulator.Users;

namespace Kandy.Emulator.Control;

/// <summary>The control API under <c>/_emulator</c>, documented in README.md. Never part of Kandy Link paths.</summary>
internal static class ControlEndpoints
{
    public const string Prefix = "/_emulator";

    public static void MapControl(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup(Prefix);
        control.MapGet("/state", State);
        control.MapPost("/reset", Reset);
        control.MapGet("/journal", (RequestJournal journal) => KandyResults.Json(200, journal.Read()));
        control.MapDelete("/journal", (RequestJournal journal) =>
        {
            journal.Clear();
            return Results.NoContent();
        });
        control.MapPost("/faults", (FaultRule rule, FaultPlan plan) =>
        {
            plan.Add(rule);
            return Results.NoContent();
        });
        control.MapDelete("/faults", (FaultPlan plan) =>
        {
            plan.ClearFaults();
            return Results.NoContent();
        });
        control.MapPost("/delays", (DelayRule rule, FaultPlan plan) =>
        {
            plan.Add(rule);
            return Results.NoContent();
        });
        control.MapDelete("/delays", (FaultPlan plan) =>
        {
            plan.ClearDelays();
            return Results.NoContent();
        });
        control.MapPost("/tokens", IssueToken);
        control.MapPost("/tokens/expire", (TokenReference t, TokenStore tokens) => tokens.Expire(t.Token) ? Results.NoContent() : Results.NotFound());
        control.MapPost("/tokens/revoke", (TokenReference t, TokenStore tokens) => tokens.Revoke(t.Token) ? Results.NoContent() : Results.NotFound());
        control.MapPost("/users/{user}/drop", (string user, DropRequest? request, NotificationHub hub) =>
            KandyResults.Json(200, new { dropped = hub.Drop(user, request?.CloseCode) }));
        control.MapPost("/users/{user}/notify", NotifyRawAsync);
        control.MapPost("/users/{user}/notifications", NotifyAsync);
        control.MapPost("/users/{user}/end-subscriptions", (string user, EndRequest? request, SubscriptionRegistry registry) =>
            KandyResults.Json(200, new { ended = registry.ForUser(user).Count(s => registry.End(s.Id, ParseReason(request?.Reason), request?.RetryAfter)) }));
        control.MapPost("/users/{user}/services", (string user, ServicesRequest request, ServicePolicy policy) =>
        {
            policy.Withhold(user, request.Withheld ?? []);
            return Results.NoContent();
        });
        control.MapGet("/users/{user}/push", (string user, PushRegistry push) => KandyResults.Json(200, push.ForUser(user)));
        control.MapGet("/users/{user}/pushed", (string user, PushOutbox outbox) =>
            KandyResults.Json(200, new JsonArray(outbox.Read(user).Select(AsJson).ToArray())));
        control.MapDelete("/users/{user}/pushed", (string user, PushOutbox outbox) =>
        {
            outbox.Clear(user);
            return Results.NoContent();
        });
        control.MapPost("/subscriptions/{id}/end", (string id, EndRequest? request, SubscriptionRegistry registry) =>
            registry.End(id, ParseReason(request?.Reason), request?.RetryAfter) ? Results.NoContent() : Results.NotFound());
        control.MapPost("/notifications", (BroadcastRequest request, NotificationHub hub) => KandyResults.Json(200, new { sent = hub.Broadcast(request.Text) }));
        control.MapPost("/connectivity", (ConnectivityRequest request, ConnectivitySettings settings) =>
        {
            settings.ServerPingInterval = request.ServerPingSeconds is > 0 and var s ? TimeSpan.FromSeconds(s) : null;
            if (request.IdleTimeoutSeconds is > 0 and var idle)
            {
                settings.IdleTimeout = TimeSpan.FromSeconds(idle);
            }

            return Results.NoContent();
        });
        control.MapGet("/certificate", (CertificateHolder holder) => holder.Pem is { } pem
            ? Results.Text(pem, "application/x-pem-file")
            : Results.NotFound());
    }

    private static IResult State(UserDirectory users, SubscriptionRegistry registry, NotificationHub hub) =>
        KandyResults.Json(200, new
        {
            users = users.All.Select(u => u.UserName),
            openSockets = hub.OpenSockets,
            droppedFrames = hub.DroppedFrames,
            subscriptions = registry.All.Select(s => new
            {
                id = s.Id,
                userName = s.UserName,
                subscription = s.Path,
                notificationChannel = s.ChannelPath,
                requested = s.Requested,
                services = s.Services,
                status = s.Status,
                expires = s.Expires,
                expiresAt = s.ExpiresAt,
                clientCorrelator = s.ClientCorrelator,
                credentialMode = s.Mode.ToString(),
                connected = hub.CountForChannel(s.ChannelId) > 0,
            }),
        });

    private static IResult Reset(UserDirectory users, SubscriptionRegistry registry, TokenStore tokens, FaultPlan plan, RequestJournal journal, ServicePolicy policy, PushRegistry push, PushOutbox outbox, NotificationHub hub)
    {
        registry.Reset();
        hub.Drop(null, closeCode: 1000);
        tokens.Reset();
        plan.ClearFaults();
        plan.ClearDelays();
        journal.Clear();
        policy.Reset();
        push.Reset();
        outbox.Clear();
        users.Reset();
        return Results.NoContent();
    }

    private static IResult IssueToken(TokenRequest request, UserDirectory users, TokenStore tokens)
    {
        if (users.Find(request.UserName) is null)
        {
            return Results.NotFound();
        }

        if (!Enum.TryParse<TokenKind>(request.Kind ?? "bearer", ignoreCase: true, out var kind))
        {
            return Results.BadRequest();
        }

        var token = tokens.Issue(request.UserName, kind, TimeSpan.FromSeconds(request.LifetimeSeconds ?? 3600));
        return KandyResults.Json(200, new { token = token.Token, kind = kind.ToString().ToLowerInvariant(), userName = token.UserName, expiresAt = token.ExpiresAt });
    }

    private static async Task<IResult> NotifyRawAsync(HttpContext context, string user, NotificationHub hub)
    {
        var text = Encoding.UTF8.GetString(await RequestBody.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false));
        return KandyResults.Json(200, new { sent = hub.SendToUser(user, text) });
    }

    private static async Task<IResult> NotifyAsync(HttpContext context, string user, NotificationHub hub)
    {
        var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        JsonObject? message;
        try
        {
            message = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            message = null;
        }

        if (message?["eventType"] is null)
        {
            return Results.BadRequest();
        }

        var text = hub.Factory.Complete(message, out var eventId);
        return KandyResults.Json(200, new { eventId, sent = hub.SendToUser(user, text) });
    }

    private static JsonNode? AsJson(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // A raw test frame that is not JSON is returned as a string.
            return JsonValue.Create(text);
        }
    }

    private static EndReason ParseReason(string? reason) => reason?.ToUpperInvariant() switch
    {
        "WEBSOCKETOVERRIDDEN" => EndReason.WebSocketOverridden,
        "EXPIRED" => EndReason.Expired,
        _ => EndReason.Gone,
    };
}
