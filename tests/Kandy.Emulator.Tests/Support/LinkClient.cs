// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kandy.Emulator.Hosting;

namespace Kandy.Emulator.Tests.Support;

/// <summary>Sends requests decorated the way SDK 5.2.0 does (01-session.md §4.2, §5.1).</summary>
internal sealed class LinkClient : IAsyncDisposable
{
    private readonly HttpClient http;

    private LinkClient(EmulatorHost emulator)
    {
        Emulator = emulator;
        http = new HttpClient { BaseAddress = emulator.Uri, Timeout = TimeSpan.FromSeconds(10) };
    }

    public EmulatorHost Emulator { get; }

    public static LinkClient For(EmulatorHost emulator) => new(emulator);

    public static string SubscribeBody(IEnumerable<string> services, int expires = 3600, string? clientCorrelator = null, bool forceLogOut = false)
    {
        var request = new JsonObject
        {
            ["expires"] = expires,
            ["service"] = new JsonArray(services.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
            ["localization"] = "English_US",
            ["useTurn"] = true,
            ["notificationType"] = "WebSocket",
            ["supported"] = new JsonArray("RingingFeedback"),
            ["forceLogOut"] = forceLogOut ? "true" : "false",
        };
        if (clientCorrelator is not null)
        {
            request["clientCorrelator"] = clientCorrelator;
        }

        return new JsonObject { ["subscribeRequest"] = request }.ToJsonString();
    }

    public static Action<HttpRequestMessage> Basic(string user, string password) =>
        m => m.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    public static Action<HttpRequestMessage> Bearer(string token) =>
        m => m.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public static Action<HttpRequestMessage> Header(string name, string value) =>
        m => m.Headers.Add(name, value);

    public static Action<HttpRequestMessage> None => _ => { };

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Action<HttpRequestMessage> decorate, string? body = null)
    {
        var message = new HttpRequestMessage(method, path)
        {
            Content = new StringContent(body ?? string.Empty, Encoding.UTF8, "application/json"),
        };
        message.Headers.Accept.ParseAdd("application/json");
        message.Headers.Add("X-Cpaas-Agent", "link-js-sdk/5.2.0");
        decorate(message);
        return http.SendAsync(message);
    }

    public async Task<JsonNode> SubscribeAsync(string user, Action<HttpRequestMessage> decorate, IEnumerable<string>? services = null, int expires = 3600, string? clientCorrelator = null)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/rest/version/1/user/{user}/subscription", decorate, SubscribeBody(services ?? ["call", "IM", "Presence"], expires, clientCorrelator));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"subscribe failed: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    public Task<JsonNode> SubscribeAsync(int userIndex, IEnumerable<string>? services = null, int expires = 3600, string? clientCorrelator = null)
    {
        var user = Emulator.Users[userIndex];
        return SubscribeAsync(user.UserName, Basic(user.UserName, user.Password), services, expires, clientCorrelator);
    }

    public async Task<JsonNode> ControlAsync(HttpMethod method, string path, object? body = null)
    {
        using var message = new HttpRequestMessage(method, Emulator.ControlUri + path);
        if (body is not null)
        {
            message.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"control {path} failed: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    public async Task<string> IssueTokenAsync(string user, string kind, int lifetimeSeconds = 3600) =>
        (await ControlAsync(HttpMethod.Post, "/tokens", new { userName = user, kind, lifetimeSeconds }))["token"]!.GetValue<string>();

    /// <summary>Waits until the server has registered this many open notification sockets.</summary>
    public async Task WaitForOpenSocketsAsync(int count = 1)
    {
        // The server registers a socket just after the upgrade completes on the client.
        for (var i = 0; i < 500; i++)
        {
            var state = await ControlAsync(HttpMethod.Get, "/state");
            if (state["openSockets"]!.GetValue<int>() >= count)
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail("socket never registered");
    }

    public ValueTask DisposeAsync()
    {
        http.Dispose();
        return ValueTask.CompletedTask;
    }
}
