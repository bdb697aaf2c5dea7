// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Emulator.Auth;
using Kandy.Emulator.Http;
using Kandy.Emulator.Subscriptions;

namespace Kandy.Emulator.Notifications;

/// <summary>
/// Accepts notification sockets on issued channel paths only (01-session.md §7.7): unknown or expired
/// channels get 404 before the upgrade; bearer and access-token subscriptions must present a valid token.
/// </summary>
internal static class WebSocketEndpoints
{
    public static void MapNotificationSockets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/rest/version/{version}/user/{user}/websocket/{channel}", AcceptAsync);
    }

    private static async Task<IResult> AcceptAsync(HttpContext context, string user, string channel, SubscriptionRegistry registry, NotificationHub hub, TokenStore tokens)
    {
        var record = registry.FindByChannel(channel);
        if (record is null || !string.Equals(record.UserName, user, StringComparison.OrdinalIgnoreCase))
        {
            return KandyResults.Error(404, Wrappers.Subscribe, LinkStatus.NotFound);
        }

        if (!TokenAccepted(context.Request, record, tokens))
        {
            return KandyResults.Error(401, Wrappers.Subscribe, LinkStatus.AuthenticationFailure);
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return KandyResults.Error(400, Wrappers.Subscribe, LinkStatus.InvalidValue, "WebSocket upgrade expected");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await hub.RunAsync(socket, record.UserName, record.ChannelId, context.RequestAborted).ConfigureAwait(false);
        return Results.Empty;
    }

    private static bool TokenAccepted(HttpRequest request, SubscriptionRecord record, TokenStore tokens)
    {
        // A bearer client in webSocketOAuthMode "none" sends no token; a token that is sent must be valid.
        var (name, kind, required) = record.Mode switch
        {
            CredentialMode.Bearer => ("access_token", TokenKind.Bearer, false),
            CredentialMode.AccessToken => ("token", TokenKind.Access, true),
            _ => (null, TokenKind.Bearer, false),
        };
        if (name is null)
        {
            return true;
        }

        if (!request.Query.TryGetValue(name, out var text))
        {
            return !required;
        }

        var token = tokens.Find(text.ToString());
        return token is not null && token.Kind == kind && !token.Revoked && !tokens.IsExpired(token)
            && string.Equals(token.UserName, record.UserName, StringComparison.OrdinalIgnoreCase);
    }
}
