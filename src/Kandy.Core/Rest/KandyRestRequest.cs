// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Rest;

/// <summary>A custom REST call for <see cref="KandyClient.FetchAsync"/> (the SDK's <c>request.fetch</c>, 01-session.md §5.5).</summary>
public sealed class KandyRestRequest
{
    /// <summary>Gets or sets the resource path relative to the server, e.g. <c>/rest/version/1/user/alice@example.com/externalnotification</c>; a leading <c>/</c> is added when missing.</summary>
    public string Path { get; set; } = "/";

    /// <summary>Gets or sets the HTTP method. Default <c>GET</c>.</summary>
    public string Method { get; set; } = "GET";

    /// <summary>Gets or sets the body text (JSON), if any.</summary>
    public string? Body { get; set; }

    /// <summary>Gets extra request headers. The session's credential and JSON headers win on conflict, as in the SDK.</summary>
    public IDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
