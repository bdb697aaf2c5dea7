// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Subscriptions;

/// <summary>Routes of the subscription resource (01-session.md §6.10).</summary>
internal static class SubscriptionEndpoints
{
    private const string Base = "/rest/version/{version}";

    public static void MapSubscriptions(this IEndpointRouteBuilder app)
    {
        app.MapPost(Base + "/user/{user}/subscription", (HttpContext c, string user, SubscriptionHandlers h) => h.CreateAsync(c, user, anonymous: false));
        app.MapPost(Base + "/anonymous/{user}/subscription", (HttpContext c, string user, SubscriptionHandlers h) => h.CreateAsync(c, user, anonymous: true));
        app.MapPut(Base + "/user/{user}/subscription/clientCorrelator/{correlator}", (HttpContext c, string user, string correlator, SubscriptionHandlers h) => h.RefreshByCorrelatorAsync(c, user, correlator));
        app.MapPut(Base + "/user/{user}/subscription/{id}", (HttpContext c, string user, string id, SubscriptionHandlers h) => h.RefreshByIdAsync(c, user, id));
        app.MapDelete(Base + "/user/{user}/subscription/{id}", (HttpContext c, string user, string id, SubscriptionHandlers h) => h.Delete(c, user, id));
    }
}
