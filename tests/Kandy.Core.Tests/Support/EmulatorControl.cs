// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Kandy.Core.Tests.Support;

/// <summary>The emulator's control API (<c>/_emulator/…</c>, see src/Kandy.Emulator/README.md).</summary>
public sealed class EmulatorControl : IDisposable
{
    private readonly HttpClient http = new();
    private readonly string root;

    public EmulatorControl(Uri controlUri) => root = controlUri.ToString().TrimEnd('/');

    public Task ResetAsync() => PostAsync("/reset", null);

    /// <summary>Fails the next <paramref name="count"/> matching requests with <paramref name="status"/>.</summary>
    public Task FailAsync(int count, int status, string? pathPrefix = null, string? method = null, int? retryAfterSeconds = null, int? retryAfterMs = null, int? statusCode = null) =>
        PostAsync("/faults", new { count, status, pathPrefix, method, retryAfter = retryAfterSeconds, retryAfterMs, statusCode });

    public async Task<string> IssueTokenAsync(string userName, string kind)
    {
        var answer = await PostAsync("/tokens", new { userName, kind });
        return answer!["token"]!.GetValue<string>();
    }

    public Task ExpireTokenAsync(string token) => PostAsync("/tokens/expire", new { token });

    public Task DropAsync(string userName, int closeCode) => PostAsync($"/users/{userName}/drop", new { closeCode });

    public Task NotifyRawAsync(string userName, string text) => PostRawAsync($"/users/{userName}/notify", text);

    public Task NotifyAsync(string userName, object message) => PostAsync($"/users/{userName}/notifications", message);

    public Task EndSubscriptionsAsync(string userName, string reason, int? retryAfter = null) =>
        PostAsync($"/users/{userName}/end-subscriptions", new { reason, retryAfter });

    public Task WithholdServicesAsync(string userName, params string[] withheld) => PostAsync($"/users/{userName}/services", new { withheld });

    public async Task<JsonArray> JournalAsync()
    {
        var text = await http.GetStringAsync(root + "/journal");
        var node = JsonNode.Parse(text);
        return node as JsonArray ?? node?["entries"] as JsonArray ?? [];
    }

    public async Task<JsonObject> StateAsync() => (JsonObject)JsonNode.Parse(await http.GetStringAsync(root + "/state"))!;

    /// <summary>Journal entries of Kandy Link requests (not the control API), optionally by method and path fragment.</summary>
    public async Task<List<JsonNode>> RequestsAsync(string? method = null, string? pathContains = null) =>
        (await JournalAsync()).OfType<JsonNode>()
            .Where(e => !(e["path"]?.GetValue<string>() ?? string.Empty).StartsWith("/_emulator", StringComparison.Ordinal))
            .Where(e => method is null || e["method"]?.GetValue<string>() == method)
            .Where(e => pathContains is null || (e["path"]?.GetValue<string>() ?? string.Empty).Contains(pathContains, StringComparison.Ordinal))
            .ToList();

    public void Dispose() => http.Dispose();

    private async Task<JsonNode?> PostAsync(string path, object? body)
    {
        using var response = body is null
            ? await http.PostAsync(root + path, null)
            : await http.PostAsJsonAsync(root + path, body);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
    }

    private async Task PostRawAsync(string path, string text)
    {
        using var content = new StringContent(text, Encoding.UTF8, "text/plain");
        using var response = await http.PostAsync(root + path, content);
        response.EnsureSuccessStatusCode();
    }
}
