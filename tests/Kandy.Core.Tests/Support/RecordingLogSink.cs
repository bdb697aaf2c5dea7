// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;
using Kandy.Core.Logging;

namespace Kandy.Core.Tests.Support;

/// <summary>Keeps every log entry, for assertions about what was (and was not) logged.</summary>
internal sealed class RecordingLogSink : IKandyLogSink
{
    private readonly ConcurrentQueue<KandyLogEntry> entries = new();

    public IReadOnlyList<KandyLogEntry> Entries => entries.ToList();

    public bool IsEnabled(KandyLogLevel level) => true;

    public void Write(KandyLogEntry entry) => entries.Enqueue(entry);

    /// <summary>Everything a reader of the log could see: messages and exception texts.</summary>
    public string AllText() => string.Join('\n', entries.Select(e => e.Message + " " + e.Exception));
}
