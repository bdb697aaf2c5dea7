// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core;

/// <summary>An error reported by the Kandy engine; the counterpart of the SDK's <c>BasicError</c>.</summary>
/// <remarks>Messages never contain passwords or tokens.</remarks>
public sealed class KandyException : Exception
{
    /// <summary>Initializes a new instance with no code.</summary>
    public KandyException()
        : this(KandyErrorCode.None, "An error occurred.")
    {
    }

    /// <summary>Initializes a new instance with no code.</summary>
    /// <param name="message">The message.</param>
    public KandyException(string message)
        : this(KandyErrorCode.None, message)
    {
    }

    /// <summary>Initializes a new instance with no code.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public KandyException(string message, Exception? innerException)
        : this(KandyErrorCode.None, message, innerException: innerException)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="code">The SDK error code.</param>
    /// <param name="message">The SDK's message text.</param>
    /// <param name="httpStatus">The HTTP status of the failed request, when one was answered.</param>
    /// <param name="serverStatusCode">The <c>statusCode</c> found in the server's answer body, when any.</param>
    /// <param name="innerException">The cause.</param>
    public KandyException(KandyErrorCode code, string message, int? httpStatus = null, int? serverStatusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        HttpStatus = httpStatus;
        ServerStatusCode = serverStatusCode;
    }

    /// <summary>Gets the error code.</summary>
    public KandyErrorCode Code { get; }

    /// <summary>Gets the SDK's text form of <see cref="Code"/>, e.g. <c>"authentication:4"</c>.</summary>
    public string SdkCode => Code.ToSdkCode();

    /// <summary>Gets the HTTP status of the failed request, when there was an answer.</summary>
    public int? HttpStatus { get; }

    /// <summary>Gets the Kandy Link <c>statusCode</c> of the answer body (the server's error id), when present.</summary>
    public int? ServerStatusCode { get; }

    /// <summary>Gets or initializes the id of the call the error belongs to, when it belongs to one.</summary>
    public string? CallId { get; init; }
}
