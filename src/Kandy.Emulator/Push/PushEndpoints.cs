// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;
using Kandy.Emulator.Auth;
using Kandy.Emulator.Http;

namespace Kandy.Emulator.Push;

/// <summary>Push device registration and removal (01-session.md §9.3).</summary>
internal static class PushEndpoints
{
    private const string Devices = "/rest/version/{version}/user/{user}/push/{provider}/devices";

    public static void MapPush(this IEndpointRouteBuilder app)
    {
        // Routing matches the SDK's trailing slash and its absence alike.
        app.MapPost(Devices, RegisterAsync);
        app.MapDelete(Devices + "/{id}", Unregister);
    }

    private static async Task<IResult> RegisterAsync(HttpContext context, string user, string provider, Authenticator authenticator, PushRegistry registry)
    {
        if (provider is not ("apple" or "google"))
        {
            return KandyResults.Error(404, Wrappers.Subscribe, LinkStatus.NotFound);
        }

        var wrapper = Wrappers.ForPushProvider(provider);
        var auth = authenticator.Authenticate(context, user, wrapper);
        if (auth.Failure is not null)
        {
            return auth.Failure;
        }

        JsonObject? body;
        try
        {
            body = JsonNode.Parse(await RequestBody.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false)) as JsonObject;
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            body = null;
        }

        if (body is null)
        {
            return KandyResults.Error(403, wrapper, LinkStatus.InvalidValue);
        }

        var registration = registry.Add(id => new PushRegistration(
            id,
            auth.User!.UserName,
            provider,
            Text(body, "bundleID"),
            body["service"] is JsonArray list ? list.Select(s => s?.ToString() ?? string.Empty).ToList() : [],
            Text(body, "clientCorrelator"),
            Text(body, "realm"),
            body["isProduction"] is JsonValue production && production.TryGetValue<bool>(out var p) ? p : null,
            Text(body, "voipDeviceToken"),
            Text(body, "standardDeviceToken"),
            Text(body, "deviceToken")));
        return KandyResults.Json(201, new JsonObject
        {
            [wrapper] = new JsonObject { ["statusCode"] = LinkStatus.Success, ["registration"] = registration.Path },
        });
    }

    private static IResult Unregister(HttpContext context, string user, string provider, string id, Authenticator authenticator, PushRegistry registry)
    {
        var wrapper = Wrappers.ForPushProvider(provider);
        var auth = authenticator.Authenticate(context, user, wrapper);
        if (auth.Failure is not null)
        {
            return auth.Failure;
        }

        return registry.Remove(auth.User!.UserName, provider, id)
            ? Results.NoContent()
            : KandyResults.Json(404, new JsonObject { ["statusCode"] = LinkStatus.NotFound });
    }

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
