// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Rest;

/// <summary>The raw answer to <see cref="KandyClient.FetchAsync"/>: status, headers and body text.</summary>
public sealed class KandyRestResponse
{
    /// <summary>Gets the HTTP status code.</summary>
    public required int StatusCode { get; init; }

    /// <summary>Gets the HTTP reason phrase.</summary>
    public string ReasonPhrase { get; init; } = string.Empty;

    /// <summary>Gets the response and content headers; names compare case-insensitively.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; init; }

    /// <summary>Gets the media type of the body, if any.</summary>
    public string? ContentType { get; init; }

    /// <summary>Gets the body text (empty when there was none).</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether the status is 2xx.</summary>
    public bool IsSuccessStatusCode => StatusCode is >= 200 and <= 299;

    /// <summary>
    /// Parses the body as JSON into BCL types: objects become <see cref="Dictionary{TKey,TValue}"/> of
    /// <see cref="string"/> to <see cref="object"/>, arrays <see cref="List{T}"/> of <see cref="object"/>,
    /// numbers <see cref="long"/> or <see cref="double"/>, plus <see cref="string"/>, <see cref="bool"/> and null.
    /// </summary>
    /// <returns>The tree, or <see langword="null"/> when the body is empty or not JSON.</returns>
    public object? ParseJson() => JsonTree.TryParse(Body);
}
