// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Logging;

/// <summary>One log entry handed to an <see cref="IKandyLogSink"/>; the counterpart of the SDK's LogEntry.</summary>
/// <param name="Timestamp">When the entry was created.</param>
/// <param name="Level">The entry's level.</param>
/// <param name="Category">The logger category in the SDK's upper-case style, e.g. <c>SUBSCRIPTION</c>, <c>REQUEST</c>.</param>
/// <param name="EventId">A stable numeric id of the kind of entry.</param>
/// <param name="EventName">A stable name of the kind of entry.</param>
/// <param name="Message">The formatted text; secrets are redacted.</param>
/// <param name="Exception">The exception attached to the entry, if any.</param>
public sealed record KandyLogEntry(
    DateTimeOffset Timestamp,
    KandyLogLevel Level,
    string Category,
    int EventId,
    string? EventName,
    string Message,
    Exception? Exception);
