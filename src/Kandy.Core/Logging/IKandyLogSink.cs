// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Logging;

/// <summary>Receives the engine's log entries; the counterpart of the SDK's log handler.</summary>
/// <remarks>Called from engine threads; implementations must be thread-safe and must not block.</remarks>
public interface IKandyLogSink
{
    /// <summary>Tells whether entries of <paramref name="level"/> are wanted, so the engine can skip formatting them.</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when such entries should be written.</returns>
    bool IsEnabled(KandyLogLevel level);

    /// <summary>Writes one entry.</summary>
    /// <param name="entry">The entry.</param>
    void Write(KandyLogEntry entry);
}
