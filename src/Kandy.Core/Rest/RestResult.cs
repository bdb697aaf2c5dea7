// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Kandy.Core.Rest;

/// <summary>How the SDK classifies an answer: <c>{ body, error, result: { ok, code, message } }</c> (01-session.md §5.2).</summary>
internal sealed record RestResult
{
    /// <summary>Gets the error kind: none, a network failure (<c>FETCH</c>) or a failed request (<c>REQUEST</c>).</summary>
    public RestErrorKind Error { get; init; }

    /// <summary>Gets the HTTP status, when an answer arrived.</summary>
    public int? Status { get; init; }

    /// <summary>Gets the status text or exception message.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>Gets the exception name for network and parse failures.</summary>
    public string? ExceptionName { get; init; }

    /// <summary>Gets the parsed body (an empty object for 204 and non-JSON errors; null when absent).</summary>
    public JsonNode? Body { get; init; }

    /// <summary>Gets the network or parse exception, if any.</summary>
    public Exception? Exception { get; init; }

    public bool IsError => Error != RestErrorKind.None;

    /// <summary>Gets the SDK's <c>result.code</c>: the status, or the exception name.</summary>
    public object? Code => (object?)ExceptionName ?? Status;

    /// <summary>Gets <c>statusCode</c> from the top level or from any top-level object, as §5.4 looks for it.</summary>
    public int? BodyStatusCode => StatusCodes.Find(Body);
}
