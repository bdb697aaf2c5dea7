// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Kandy.Core.Logging;

/// <summary>
/// Adapts Microsoft.Extensions.Logging, used inside the engine, to the BCL-only <see cref="IKandyLogSink"/> that the
/// module sees, applying the SDK's level filter.
/// </summary>
internal sealed class SinkLoggerProvider : ILoggerProvider
{
    private readonly IKandyLogSink sink;
    private readonly KandyLogLevel minimum;
    private readonly TimeProvider clock;

    public SinkLoggerProvider(IKandyLogSink sink, KandyLogLevel minimum, TimeProvider clock)
    {
        this.sink = sink;
        this.minimum = minimum;
        this.clock = clock;
    }

    public static ILoggerFactory CreateFactory(IKandyLogSink? sink, KandyLogLevel minimum, TimeProvider clock)
    {
        if (sink is null || minimum == KandyLogLevel.Silent)
        {
            return Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance;
        }

        return LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Trace)
            .AddProvider(new SinkLoggerProvider(sink, minimum, clock)));
    }

    public static KandyLogLevel ToKandyLevel(LogLevel level) => level switch
    {
        LogLevel.Trace => KandyLogLevel.Trace,
        LogLevel.Debug => KandyLogLevel.Debug,
        LogLevel.Information => KandyLogLevel.Info,
        LogLevel.Warning => KandyLogLevel.Warn,
        LogLevel.Error or LogLevel.Critical => KandyLogLevel.Error,
        _ => KandyLogLevel.Silent,
    };

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class SinkLogger : ILogger
    {
        private readonly SinkLoggerProvider owner;
        private readonly string category;

        public SinkLogger(SinkLoggerProvider owner, string category)
        {
            this.owner = owner;
            this.category = category;
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel)
        {
            var level = ToKandyLevel(logLevel);
            return level != KandyLogLevel.Silent && level >= owner.minimum && owner.sink.IsEnabled(level);
        }

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var entry = new KandyLogEntry(owner.clock.GetUtcNow(), ToKandyLevel(logLevel), category, eventId.Id, eventId.Name, formatter(state, exception), exception);
            try
            {
                owner.sink.Write(entry);
            }
#pragma warning disable CA1031 // A failing sink must not break the session it observes.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }
}
