// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using Kandy.Core.Logging;
using Kandy.PowerShell.Commands;

namespace Kandy.PowerShell.Logging;

/// <summary>
/// Where one session's engine log goes. While a Kandy command runs for the session, entries go to that command's
/// Debug/Verbose/Warning streams (written on the pipeline thread); between commands they go to a bounded ring
/// buffer and, when <c>-LogPath</c> was given, to a file. Never to the host directly.
/// </summary>
internal sealed class PipelineLogSink : IKandyLogSink, IDisposable
{
    private const int Capacity = 1000;
    private readonly object _gate = new();
    private readonly Queue<string> _recent = new();
    private readonly StreamWriter? _file;
    private KandyCmdlet? _command;

    public PipelineLogSink(KandyLogLevel level, string? logPath)
    {
        Level = level;
        if (logPath is not null)
        {
            _file = new StreamWriter(new FileStream(logPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        }
    }

    /// <summary>The lowest level delivered.</summary>
    public KandyLogLevel Level { get; set; }

    /// <summary>The latest entries, oldest first.</summary>
    public string[] Recent
    {
        get
        {
            lock (_gate)
            {
                return _recent.ToArray();
            }
        }
    }

    /// <summary>Sends entries to <paramref name="command"/>'s streams until <see cref="Detach"/>.</summary>
    /// <param name="command">The running command.</param>
    public void Attach(KandyCmdlet command) => Volatile.Write(ref _command, command);

    /// <summary>Stops sending entries to <paramref name="command"/> (if it is still the attached one).</summary>
    /// <param name="command">The finishing command.</param>
    public void Detach(KandyCmdlet command) => Interlocked.CompareExchange(ref _command, null, command);

    /// <summary>
    /// True when an entry at <paramref name="level"/> would reach someone: the log file, the ring buffer between
    /// commands, or a stream the running command shows. So entries nobody sees are not even formatted.
    /// </summary>
    /// <param name="level">The entry's level.</param>
    /// <returns><c>true</c> when the entry should be written.</returns>
    public bool IsEnabled(KandyLogLevel level)
    {
        if (level < Level || level == KandyLogLevel.Silent)
        {
            return false;
        }

        var command = Volatile.Read(ref _command);
        return command is null || _file is not null || StreamShown(command, level);
    }

    /// <inheritdoc />
    public void Write(KandyLogEntry entry)
    {
        if (!IsEnabled(entry.Level))
        {
            return;
        }

        var text = entry.Exception is null
            ? $"[{entry.Category}] {entry.Message}"
            : $"[{entry.Category}] {entry.Message} ({entry.Exception.GetType().Name}: {entry.Exception.Message})";
        var command = Volatile.Read(ref _command);
        if (command is not null && !StreamShown(command, entry.Level))
        {
            WriteFile(entry, text);
            return;
        }

        if (command is null || !command.TryOnPipeline(() => WriteToStream(command, entry.Level, text)))
        {
            Keep(entry, text);
        }
        else if (_file is not null)
        {
            WriteFile(entry, text);
        }
    }

    /// <summary>Closes the log file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _file?.Dispose();
        }
    }

    private static bool StreamShown(KandyCmdlet command, KandyLogLevel level) => level switch
    {
        KandyLogLevel.Trace or KandyLogLevel.Debug => command.DebugWanted,
        KandyLogLevel.Info => command.VerboseWanted,
        _ => true,
    };

    private static void WriteToStream(KandyCmdlet command, KandyLogLevel level, string text)
    {
        switch (level)
        {
            case KandyLogLevel.Trace:
            case KandyLogLevel.Debug:
                command.WriteDebug(text);
                break;
            case KandyLogLevel.Info:
                command.WriteVerbose(text);
                break;
            default:
                command.WriteWarning(text);
                break;
        }
    }

    private void Keep(KandyLogEntry entry, string text)
    {
        lock (_gate)
        {
            _recent.Enqueue(Line(entry, text));
            while (_recent.Count > Capacity)
            {
                _recent.Dequeue();
            }
        }

        if (_file is not null)
        {
            WriteFile(entry, text);
        }
    }

    private void WriteFile(KandyLogEntry entry, string text)
    {
        lock (_gate)
        {
            try
            {
                _file?.WriteLine(Line(entry, text));
            }
            catch (ObjectDisposedException)
            {
                // The session closed while the engine was still logging its last words.
            }
        }
    }

    private static string Line(KandyLogEntry entry, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"{entry.Timestamp:yyyy-MM-ddTHH:mm:ss.fffZ} {entry.Level.ToString().ToUpperInvariant(),-5} {text}");
}
