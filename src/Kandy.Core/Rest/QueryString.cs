// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text;

namespace Kandy.Core.Rest;

/// <summary>
/// Query strings as the SDK's query-string library writes them: keys sorted, values encoded like
/// <c>encodeURIComponent</c> plus <c>!'()*</c> — which is exactly <see cref="Uri.EscapeDataString(string)"/>.
/// </summary>
internal static class QueryString
{
    public static string Build(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in parameters.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(text.Length == 0 ? string.Empty : "&")
                .Append(Uri.EscapeDataString(key))
                .Append('=')
                .Append(Uri.EscapeDataString(value!));
        }

        return text.ToString();
    }

    /// <summary>Appends a query to a URL, joining with <c>&amp;</c> when the URL already has one.</summary>
    public static string Append(string url, string query) =>
        query.Length == 0 ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;

    /// <summary>Drops the query of a URL, for logging.</summary>
    public static string Redact(string url)
    {
        var at = url.IndexOf('?', StringComparison.Ordinal);
        return at < 0 ? url : url[..at] + "?…";
    }
}
