// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kandy.Core.Auth;
using Kandy.Core.Configuration;
using Kandy.Core.Events;
using Kandy.Core.Logging;
using Microsoft.Extensions.Logging;

namespace Kandy.Core.Rest;

/// <summary>
/// Sends REST requests the way the SDK does: credential decoration, JSON headers, agent header,
/// answer classification, the 503 rewrite and credential-failure detection (01-session.md §4.2, §5).
/// </summary>
internal sealed class RequestPipeline : IDisposable
{
    private readonly HttpClient http;
    private readonly Func<KandyClientOptions> options;
    private readonly CredentialStore credentials;
    private readonly ISessionEvents events;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private long requestCount;

    public RequestPipeline(Func<KandyClientOptions> options, CredentialStore credentials, ISessionEvents events, ILoggerFactory loggers)
    {
        this.options = options;
        this.credentials = credentials;
        this.events = events;
        var current = options();
        clock = current.TimeProvider;
        logger = loggers.CreateLogger(LogCategories.Request);
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (current.ServerCertificateValidationCallback is { } validate)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = validate;
        }

        http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Gets <c>{protocol}://{base}:{port}</c> (plus the optional base path) of a server.</summary>
    public static string BaseUrl(KandyServerOptions server) =>
        $"{server.Protocol}://{server.Host ?? "null"}:{server.Port}{server.BasePath.TrimEnd('/')}";

    /// <summary>Gets <c>/rest/version/{version}/{kind}/{username}</c> of the current credentials.</summary>
    public static string UserPath(ConnectionRecord record, string kind = "user") =>
        $"/rest/version/{record.Server.Version}/{kind}/{record.Username}";

    /// <summary>Sends one request through the main or helper pipeline and classifies the answer.</summary>
    public async Task<RestResult> SendAsync(HttpMethod method, string url, JsonNode? body, RequestKind kind, CancellationToken cancellationToken)
    {
        var record = credentials.Current;
        var id = Interlocked.Increment(ref requestCount);
        var fullUrl = record?.QueryToken is { } token ? QueryString.Append(url, QueryString.Build([new("token", token)])) : url;
        using var request = new HttpRequestMessage(method, fullUrl);
        request.Content = new ByteArrayContent(body is null ? [] : Encoding.UTF8.GetBytes(body.ToJsonString()));
        Decorate(request, record?.Headers);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(ConnectionRecord.ContentType);
        request.Headers.Accept.Clear();
        request.Headers.Accept.ParseAdd(ConnectionRecord.ContentType);
        if (kind == RequestKind.Main && AgentHeader(record, url) is { } agent)
        {
            request.Headers.TryAddWithoutValidation("X-Cpaas-Agent", agent);
        }

        Log.RequestSending(logger, id, method.Method, QueryString.Redact(url));
        var result = await ExchangeAsync(request, cancellationToken).ConfigureAwait(false);
        Log.RequestFinished(logger, id, method.Method, result.Status ?? 0, result.Error.ToString());
        DetectCredentialFailure(result);
        return result;
    }

    /// <summary>The SDK's <c>request.fetch</c>: decoration wins over the caller's headers; no classification.</summary>
    public async Task<KandyRestResponse> FetchAsync(KandyRestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var record = credentials.Current;
        var path = request.Path.StartsWith('/') ? request.Path : "/" + request.Path;
        var url = BaseUrl(options().Server) + path;
        if (record?.QueryToken is { } token)
        {
            url = QueryString.Append(url, QueryString.Build([new("token", token)]));
        }

        using var message = new HttpRequestMessage(new HttpMethod(request.Method), url);
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = null;
        }

        var headers = new Dictionary<string, string>(request.Headers, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in record?.Headers ?? new Dictionary<string, string>())
        {
            headers[name] = value;
        }

        Decorate(message, headers);
        Log.FetchSending(logger, message.Method.Method, QueryString.Redact(url));
        try
        {
            using var response = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var all = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                all[name] = values.ToList();
            }

            return new KandyRestResponse
            {
                StatusCode = (int)response.StatusCode,
                ReasonPhrase = response.ReasonPhrase ?? string.Empty,
                Headers = all,
                ContentType = response.Content.Headers.ContentType?.MediaType,
                Body = text,
            };
        }
        catch (HttpRequestException ex)
        {
            throw new KandyException(KandyErrorCode.None, $"The request failed: {ex.Message}", innerException: ex);
        }
    }

    public void Dispose() => http.Dispose();

    private static void Decorate(HttpRequestMessage request, IReadOnlyDictionary<string, string>? headers)
    {
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                request.Content ??= new ByteArrayContent([]);
                request.Content.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                request.Headers.Remove(name);
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }
    }

    private string? AgentHeader(ConnectionRecord? record, string url)
    {
        var settings = options().Request;
        if (!settings.InjectAgentVersionHeader)
        {
            return null;
        }

        var product = url.Contains("/anonymous/", StringComparison.Ordinal) ? "callme" : record is null ? "cpaas" : "link";
        var agent = $"{product}-js-sdk/{KandyClient.SdkVersion}";
        return string.IsNullOrEmpty(settings.CustomAgentVersionHeaderSuffix) ? agent : agent + " " + settings.CustomAgentVersionHeaderSuffix;
    }

    private async Task<RestResult> ExchangeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            return new RestResult { Error = RestErrorKind.Fetch, ExceptionName = ex.GetType().Name, Message = ex.Message, Exception = ex };
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var statusText = response.ReasonPhrase ?? response.StatusCode.ToString();
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                return new RestResult { Status = status, Message = statusText, Body = new JsonObject() };
            }

            if (response.IsSuccessStatusCode)
            {
                try
                {
                    return new RestResult { Status = status, Message = statusText, Body = JsonNode.Parse(text) };
                }
                catch (JsonException ex)
                {
                    return new RestResult { Error = RestErrorKind.Request, Status = status, ExceptionName = "SyntaxError", Message = ex.Message, Exception = ex };
                }
            }

            var contentType = response.Content.Headers.ContentType?.ToString() ?? string.Empty;
            if (status == 403 && contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return new RestResult { Error = RestErrorKind.Request, Status = status, Message = statusText };
            }

            var parsed = TryParse(text);
            var body = status == 503 && parsed is not null
                ? ServiceUnavailable.Rewrite(parsed, response.Headers, clock.GetUtcNow())
                : parsed ?? new JsonObject();
            return new RestResult { Error = RestErrorKind.Request, Status = status, Message = statusText, Body = body };
        }
    }

    private void DetectCredentialFailure(RestResult result)
    {
        const string Text = "Authorization failed with server. Please check credentials.";
        int? code = null;
        if (result.Status == 401)
        {
            code = result.BodyStatusCode;
        }
        else if (result.Status == 403 && result.IsError && (result.Body is null || StatusCodes.IsCredentialFailure(result.BodyStatusCode)))
        {
            code = result.BodyStatusCode;
        }
        else
        {
            return;
        }

        var message = result.Status == 403 && code is not null ? $"{Text} Status code: {code}" : Text;
        Log.CredentialsRejected(logger, result.Status!.Value, code);
        events.RequestFailed(new KandyException(KandyErrorCode.InvalidCredentials, message, result.Status, code));
    }

    private static JsonNode? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
