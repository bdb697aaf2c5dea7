// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Emulator.Auth;
using Kandy.Emulator.Http;
using Kandy.Emulator.Logging;

namespace Kandy.Emulator.Subscriptions;

/// <summary>The subscription REST resource: create, refresh/update, delete (01-session.md §6).</summary>
internal sealed class SubscriptionHandlers(
    Authenticator authenticator,
    SubscriptionRegistry registry,
    ServicePolicy policy,
    SubscriptionLimits limits,
    SubscriptionResponses responses,
    ILogger<SubscriptionHandlers> logger)
{
    public async Task<IResult> CreateAsync(HttpContext context, string user, bool anonymous)
    {
        var mode = CredentialMode.None;
        if (!anonymous)
        {
            var auth = authenticator.Authenticate(context, user, Wrappers.Subscribe);
            if (auth.Failure is not null)
            {
                Log.CredentialsRefused(logger, context.Request.Method, context.Request.Path, auth.Mode.ToString());
                return auth.Failure;
            }

            mode = auth.Mode;
            user = auth.User!.UserName;
        }

        var request = await ReadAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return KandyResults.Error(403, Wrappers.Subscribe, LinkStatus.InvalidValue, "malformed subscribeRequest");
        }

        if (request.ClientCorrelator is { } correlator && registry.FindByCorrelator(user, correlator) is { } previous)
        {
            // The same device subscribing again replaces its old subscription.
            registry.End(previous.Id, EndReason.Gone);
        }

        var existing = registry.ForUser(user);
        if (existing.Count >= limits.MaxSessionsPerUser)
        {
            if (!request.ForceLogOut)
            {
                return KandyResults.Error(403, Wrappers.Subscribe, LinkStatus.DeviceNotAuthorised, "session limit reached");
            }

            registry.End(existing[0].Id, EndReason.Gone);
        }

        var expires = Math.Clamp(request.Expires is > 0 and var e ? e : 3600, 1, limits.MaxExpiresSeconds);
        var record = registry.Create(user, request, policy.Grant(user, request.Services), mode, expires);
        return KandyResults.Json(200, responses.Full(record, withSession: true));
    }

    public Task<IResult> RefreshByIdAsync(HttpContext context, string user, string id) =>
        RefreshAsync(context, user, () => registry.Find(id));

    public Task<IResult> RefreshByCorrelatorAsync(HttpContext context, string user, string correlator) =>
        RefreshAsync(context, user, () => registry.FindByCorrelator(user, correlator));

    public IResult Delete(HttpContext context, string user, string id)
    {
        var auth = authenticator.Authenticate(context, user, Wrappers.Subscribe);
        if (auth.Failure is not null)
        {
            return auth.Failure;
        }

        var record = registry.Find(id);
        if (record is null || !Owns(record, auth))
        {
            return Gone();
        }

        registry.Delete(id);
        return KandyResults.Error(200, Wrappers.Subscribe, LinkStatus.Success);
    }

    private async Task<IResult> RefreshAsync(HttpContext context, string user, Func<SubscriptionRecord?> find)
    {
        var auth = authenticator.Authenticate(context, user, Wrappers.Subscribe);
        if (auth.Failure is not null)
        {
            return auth.Failure;
        }

        var request = await ReadAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return KandyResults.Error(403, Wrappers.Subscribe, LinkStatus.InvalidValue, "malformed subscribeRequest");
        }

        var record = find();
        if (record is null || !Owns(record, auth))
        {
            return Gone();
        }

        var expires = request.Expires is > 0 and var e ? Math.Min(e, limits.MaxExpiresSeconds) : (int?)null;
        var updated = registry.Refresh(record.Id, request.Services, policy.Grant(record.UserName, request.Services), expires);
        return updated is null ? Gone() : KandyResults.Json(200, responses.Full(updated, withSession: false));
    }

    private static bool Owns(SubscriptionRecord record, AuthResult auth) =>
        string.Equals(record.UserName, auth.User!.UserName, StringComparison.OrdinalIgnoreCase);

    private static IResult Gone() => KandyResults.Error(404, Wrappers.Subscribe, LinkStatus.NotFound);

    private async Task<SubscribeRequest?> ReadAsync(HttpContext context)
    {
        try
        {
            var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            var request = SubscribeRequest.Parse(body);
            if (request is null)
            {
                Log.MalformedBody(logger, context.Request.Path);
            }

            return request;
        }
        catch (InvalidDataException)
        {
            Log.MalformedBody(logger, context.Request.Path);
            return null;
        }
    }
}
