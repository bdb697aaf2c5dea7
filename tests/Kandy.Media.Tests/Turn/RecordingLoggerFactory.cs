// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Kandy.Media.Tests.Turn;

/// <summary>Writes log entries to the test output and keeps their event ids and messages for assertions.</summary>
internal sealed class RecordingLoggerFactory(ITestOutputHelper output) : ILoggerFactory
{
    public ConcurrentQueue<(int EventId, string Message)> Entries { get; } = new();

    public ITestOutputHelper Output { get; } = output;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            owner.Entries.Enqueue((eventId.Id, message));
            try
            {
                owner.Output.WriteLine($"{category} [{eventId.Id}] {message}");
            }
            catch (InvalidOperationException)
            {
                // Background refreshes may log after the test finished.
            }
        }
    }
}
