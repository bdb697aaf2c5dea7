// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtmf;

/// <summary>Turns received RFC 4733 telephone-event packets into digits, each reported once (sans-IO).</summary>
/// <remarks>
/// RFC 4733 §2.5.2: packets of one event share a timestamp; the end packet is repeated, and any packet may
/// be lost or reordered. A digit is reported at its first end packet; later packets with the same timestamp
/// are duplicates. When all end packets of an event are lost, the event is reported when the next event
/// starts or at <see cref="Flush"/>. Segments of a long event (§2.5.2.3) are joined into one digit.
/// </remarks>
public sealed class DtmfReceiver
{
    private readonly int clockRate;
    private readonly TimeProvider timeProvider;
    private uint? firstTimestamp;
    private uint? reportedTimestamp;
    private Current? current;

    /// <summary>Creates the receiver.</summary>
    /// <param name="clockRate">The clock rate of the negotiated telephone-event.</param>
    /// <param name="timeProvider">Wall clock for <see cref="DtmfDigitEventArgs.DetectedAt"/>.</param>
    public DtmfReceiver(int clockRate, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clockRate);
        this.clockRate = clockRate;
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Raised once per received digit.</summary>
    public event EventHandler<DtmfDigitEventArgs>? DigitReceived;

    /// <summary>Gets the number of packets that could not be read or were not DTMF events.</summary>
    public long MalformedPackets { get; private set; }

    /// <summary>Gets the number of duplicate packets ignored (repeated end packets, late packets of a finished event).</summary>
    public long DuplicatePackets { get; private set; }

    /// <summary>Takes one received packet.</summary>
    /// <param name="timestamp">Its RTP timestamp.</param>
    /// <param name="payload">Its payload.</param>
    public void Receive(uint timestamp, ReadOnlySpan<byte> payload)
    {
        if (!TelephoneEvent.TryRead(payload, out var value) || !DtmfDigits.TryFromEvent(value.Event, out var digit))
        {
            MalformedPackets++;
            return;
        }

        firstTimestamp ??= timestamp;
        if ((reportedTimestamp is { } reported && !IsBefore(reported, timestamp))
            || (current is { } earlier && IsBefore(timestamp, earlier.Timestamp)))
        {
            DuplicatePackets++;
            return;
        }

        if (current is { } active && active.Timestamp != timestamp)
        {
            if (active.IsContinuedBy(timestamp, digit))
            {
                current = active with { Timestamp = timestamp, EarlierDuration = active.EarlierDuration + active.Duration, Duration = 0 };
            }
            else
            {
                Report(active);
            }
        }

        var now = current is { } same && same.Timestamp == timestamp ? same : new Current(digit, timestamp, timestamp, 0, 0);
        current = now with { Duration = Math.Max(now.Duration, value.Duration) };
        if (value.IsEnd)
        {
            Report(current.Value);
        }
    }

    /// <summary>Reports an event whose end packets never came (call at the end of the stream).</summary>
    public void Flush()
    {
        if (current is { } active)
        {
            Report(active);
        }
    }

    private static bool IsBefore(uint a, uint b) => (int)(a - b) < 0;

    private void Report(Current active)
    {
        current = null;
        reportedTimestamp = active.Timestamp;
        var start = TimeSpan.FromSeconds((double)unchecked(active.StartTimestamp - firstTimestamp!.Value) / clockRate);
        var duration = TimeSpan.FromSeconds((double)(active.EarlierDuration + active.Duration) / clockRate);
        DigitReceived?.Invoke(this, new DtmfDigitEventArgs(active.Digit, DtmfSource.Rfc4733, start, duration, timeProvider.GetUtcNow()));
    }

    private readonly record struct Current(char Digit, uint StartTimestamp, uint Timestamp, long EarlierDuration, long Duration)
    {
        // A segment of a long event starts where the previous, nearly full one ended (RFC 4733 §2.5.1.3);
        // the margin allows for the last packets of that segment being lost.
        public bool IsContinuedBy(uint timestamp, char digit) =>
            digit == Digit && Duration >= ushort.MaxValue - 8000 && unchecked(timestamp - Timestamp) <= ushort.MaxValue;
    }
}
