// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json.Nodes;
using Kandy.Core.Auth;
using Kandy.Core.Configuration;
using Kandy.Core.Rest;

namespace Kandy.Core.Notifications;

/// <summary>Push registration and de-registration (01-session.md §9), and the SDP fetch that shares its server (§8.4).</summary>
internal sealed class PushRegistrar
{
    private const string RegisterFailed = "Failed to register device token for PUSH notifications.";
    private readonly Func<KandyClientOptions> options;
    private readonly CredentialStore credentials;
    private readonly RequestPipeline requests;

    public PushRegistrar(Func<KandyClientOptions> options, CredentialStore credentials, RequestPipeline requests)
    {
        this.options = options;
        this.credentials = credentials;
        this.requests = requests;
    }

    public async Task<string?> RegisterAsync(KandyPushRegistrationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var record = RequireCredentials();
        var server = Server(record);
        var provider = request.Platform == KandyPushPlatform.Apple ? "apple" : "google";
        var url = $"{RequestPipeline.BaseUrl(server)}/rest/version/{server.Version}/user/{record.Username}/push/{provider}/devices/";
        var body = new JsonObject();
        Add(body, "bundleID", request.BundleId);
        body["service"] = new JsonArray(request.Services.Select(s => (JsonNode?)s).ToArray());
        Add(body, "clientCorrelator", request.ClientCorrelator);
        Add(body, "realm", request.Realm);
        if (request.Platform == KandyPushPlatform.Apple)
        {
            if (request.IsProduction is { } production)
            {
                body["isProduction"] = production;
            }

            Add(body, "voipDeviceToken", request.VoipDeviceToken);
            Add(body, "standardDeviceToken", request.StandardDeviceToken);
        }
        else
        {
            Add(body, "deviceToken", request.DeviceToken);
        }

        var result = await requests.SendAsync(HttpMethod.Post, url, body, RequestKind.Main, cancellationToken).ConfigureAwait(false);
        var wrapper = result.Body?[provider + "DeviceRegistrationResponse"];
        var code = StatusCodes.AsInt(wrapper?["statusCode"]);
        if (result.IsError)
        {
            var message = wrapper is not null ? $"{RegisterFailed} Code: {Text(code)}" : $"{RegisterFailed} Error: {result.Message}";
            throw new KandyException(KandyErrorCode.None, message, result.Status, code, result.Exception);
        }

        if (wrapper is not null && code != 0)
        {
            throw new KandyException(KandyErrorCode.None, $"{RegisterFailed} Error: {Text(code)}", result.Status, code);
        }

        return StatusCodes.AsString(wrapper?["registration"]);
    }

    public async Task UnregisterAsync(string registration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(registration);
        var record = RequireCredentials();
        var url = RequestPipeline.BaseUrl(Server(record)) + registration;
        var result = await requests.SendAsync(HttpMethod.Delete, url, null, RequestKind.Main, cancellationToken).ConfigureAwait(false);
        if (!result.IsError)
        {
            return;
        }

        if (result.Error == RestErrorKind.Fetch || result.Body is null)
        {
            throw new KandyException(KandyErrorCode.None, $"Device token unregistration request failed for PUSH notifications: {result.Message}", result.Status, innerException: result.Exception);
        }

        var code = StatusCodes.AsInt(result.Body["statusCode"]);
        throw new KandyException(KandyErrorCode.None, $"Failed to unregister device token for PUSH notifications. Code: {Text(code)}.", result.Status, code);
    }

    /// <summary>The SDP fetch of §8.4: <c>GET {server}{path}</c> answering <c>{"eventDataResponse":{"sdp":…}}</c>.</summary>
    public async Task<string?> FetchSdpAsync(string path, CancellationToken cancellationToken)
    {
        if (credentials.Current is not { } record)
        {
            return null;
        }

        var url = RequestPipeline.BaseUrl(Server(record)) + path;
        var result = await requests.SendAsync(HttpMethod.Get, url, null, RequestKind.Main, cancellationToken).ConfigureAwait(false);
        return result.IsError ? null : StatusCodes.AsString(result.Body?["eventDataResponse"]?["sdp"]);
    }

    private static string Text(int? code) => code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undefined";

    private static void Add(JsonObject body, string key, string? value)
    {
        if (value is not null)
        {
            body[key] = value;
        }
    }

    private ConnectionRecord RequireCredentials() =>
        credentials.Current ?? throw new KandyException(KandyErrorCode.None, "No credentials have been set.");

    /// <summary>The connection's server with each key of <c>notifications.pushRegistration</c> replacing its value.</summary>
    private KandyServerOptions Server(ConnectionRecord record)
    {
        var server = record.Server.Clone();
        if (options().Notifications.PushRegistration is { } push)
        {
            server.Host = push.Server ?? server.Host;
            server.Port = push.Port ?? server.Port;
            server.Protocol = push.Protocol ?? server.Protocol;
            server.Version = push.Version ?? server.Version;
        }

        return server;
    }
}
