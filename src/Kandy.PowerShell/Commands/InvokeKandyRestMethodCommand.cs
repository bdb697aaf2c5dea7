// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json;
using Kandy.Core.Rest;
using Kandy.PowerShell.Errors;
using Kandy.PowerShell.Eventing;
using KandyRestResponse = Kandy.PowerShell.Models.KandyRestResponse;

namespace Kandy.PowerShell.Commands;

/// <summary>Invoke-KandyRestMethod: sends an authenticated request to the server's REST API (the SDK's request.fetch).</summary>
[Cmdlet(VerbsLifecycle.Invoke, "KandyRestMethod", SupportsShouldProcess = true)]
[OutputType(typeof(PSObject), typeof(string), typeof(KandyRestResponse))]
public sealed class InvokeKandyRestMethodCommand : KandySessionCmdlet
{
    /// <summary>Path on the server, e.g. <c>/rest/version/1/user/alice@kandy.test/addressbook</c>.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>HTTP method.</summary>
    [Parameter]
    [ValidateSet("GET", "POST", "PUT", "DELETE", "PATCH")]
    public string Method { get; set; } = "GET";

    /// <summary>The body: a string is sent as is, anything else as JSON.</summary>
    [Parameter]
    public object? Body { get; set; }

    /// <summary>Extra request headers.</summary>
    [Parameter]
    public IDictionary? Headers { get; set; }

    /// <summary>Return the status, headers and body instead of the parsed body, and do not fail on an error status.</summary>
    [Parameter]
    public SwitchParameter Raw { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessSessionAsync(CancellationToken cancellationToken)
    {
        var changes = !string.Equals(Method, "GET", StringComparison.OrdinalIgnoreCase);
        if (changes && !await ShouldProcessAsync(Path, Method).ConfigureAwait(false))
        {
            return;
        }

        var request = new KandyRestRequest { Path = Path, Method = Method.ToUpperInvariant(), Body = SerializeBody() };
        foreach (DictionaryEntry header in Headers ?? new Hashtable())
        {
            request.Headers[header.Key.ToString()!] = header.Value?.ToString() ?? string.Empty;
        }

        var response = await CurrentSession.Client.FetchAsync(request, cancellationToken).ConfigureAwait(false);
        if (Raw)
        {
            var headers = new Hashtable(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, values) in response.Headers)
            {
                headers[name] = string.Join(", ", values);
            }

            Emit(new KandyRestResponse(response.StatusCode, response.ReasonPhrase, response.ContentType, headers, response.Body));
            return;
        }

        if (!response.IsSuccessStatusCode)
        {
            var kind = new KandyErrorKind(
                "KandyRequestFailed",
                response.StatusCode is 401 or 403 ? ErrorCategory.AuthenticationError : response.StatusCode >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.InvalidOperation,
                "Check the path and body; use -Raw to see the full answer.");
            throw Fail(KandyErrors.Create(kind, string.Create(CultureInfo.InvariantCulture, $"{Method} {Path} answered {response.StatusCode} {response.ReasonPhrase}."), Path));
        }

        Emit(response.ParseJson() is { } json ? KandyEventForwarder.Convert(json) : response.Body);
    }

    private string? SerializeBody() => Body switch
    {
        null => null,
        string text => text,
        PSObject { BaseObject: string text } => text,
        _ => JsonSerializer.Serialize(Plain(Body)),
    };

    private static object? Plain(object? value) => value switch
    {
        PSObject { BaseObject: PSCustomObject } custom => custom.Properties.ToDictionary(p => p.Name, p => Plain(p.Value)),
        PSObject wrapped => Plain(wrapped.BaseObject),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => Plain(map[k])),
        string or null => value,
        IEnumerable items => items.Cast<object?>().Select(Plain).ToList(),
        _ => value,
    };
}
