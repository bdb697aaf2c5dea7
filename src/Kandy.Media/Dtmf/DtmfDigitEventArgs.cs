// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtmf;

/// <summary>A received DTMF digit and when it sounded.</summary>
public sealed class DtmfDigitEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="digit">The digit.</param>
    /// <param name="source">How it arrived.</param>
    /// <param name="start">Where the tone began, in media time from the start of the received stream.</param>
    /// <param name="duration">How long it sounded.</param>
    /// <param name="detectedAt">The wall-clock time it was recognised.</param>
    public DtmfDigitEventArgs(char digit, DtmfSource source, TimeSpan start, TimeSpan duration, DateTimeOffset detectedAt)
    {
        Digit = digit;
        Source = source;
        Start = start;
        Duration = duration;
        DetectedAt = detectedAt;
    }

    /// <summary>Gets the digit: 0–9, *, #, A–D.</summary>
    public char Digit { get; }

    /// <summary>Gets how the digit arrived.</summary>
    public DtmfSource Source { get; }

    /// <summary>Gets where the tone began, in media time from the start of the received stream.</summary>
    public TimeSpan Start { get; }

    /// <summary>Gets how long the tone sounded.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Gets the wall-clock time the digit was recognised.</summary>
    public DateTimeOffset DetectedAt { get; }
}
