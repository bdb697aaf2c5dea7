// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>Ticks once per packetisation time on a <see cref="TimeProvider"/>, without drifting.</summary>
/// <remarks>
/// Every deadline is computed from the start time (start + n × ptime), never from the time the previous
/// tick actually ran, so late timer callbacks do not accumulate: over an hour the tick count and the
/// timestamps stay exact whatever the scheduling jitter. When the process was stalled for longer than a
/// frame, up to <see cref="MaxCatchUpFrames"/> missed ticks run back to back; beyond that the oldest are
/// skipped (their frame numbers are not delivered), so the RTP clock keeps pace with real time either way.
/// </remarks>
public sealed class AudioFrameClock : IDisposable
{
    private readonly TimeProvider timeProvider;
    private readonly Action<AudioFrameTick> onTick;
    private readonly object gate = new();
    private ITimer? timer;
    private long startTimestamp;
    private long frameIndex;
    private long framesSkipped;
    private bool disposed;

    /// <summary>Creates the clock; it does nothing until <see cref="Start"/>.</summary>
    /// <param name="timeProvider">The time source.</param>
    /// <param name="packetTime">The packetisation time (ptime), 10 to 120 ms; 20 ms is WebRTC's default.</param>
    /// <param name="onTick">Called for each frame, on a timer thread, one at a time.</param>
    public AudioFrameClock(TimeProvider timeProvider, TimeSpan packetTime, Action<AudioFrameTick> onTick)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(onTick);
        if (packetTime < TimeSpan.FromMilliseconds(10) || packetTime > TimeSpan.FromMilliseconds(120))
        {
            throw new ArgumentOutOfRangeException(nameof(packetTime), packetTime, "The packet time must be 10 to 120 ms.");
        }

        this.timeProvider = timeProvider;
        this.onTick = onTick;
        PacketTime = packetTime;
    }

    /// <summary>Gets the packetisation time.</summary>
    public TimeSpan PacketTime { get; }

    /// <summary>The most missed frames delivered back to back after a stall.</summary>
    public const int MaxCatchUpFrames = 5;

    /// <summary>Gets the number of the last frame ticked (delivered or skipped).</summary>
    public long FramesTicked => Interlocked.Read(ref frameIndex);

    /// <summary>Gets the number of frames skipped because the process stalled for more than <see cref="MaxCatchUpFrames"/> frames.</summary>
    public long FramesSkipped => Interlocked.Read(ref framesSkipped);

    /// <summary>Starts ticking; the first tick is one packet time from now.</summary>
    public void Start()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (timer is not null)
            {
                return;
            }

            startTimestamp = timeProvider.GetTimestamp();
            timer = timeProvider.CreateTimer(_ => OnTimer(), null, PacketTime, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Stops ticking.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            timer?.Dispose();
            timer = null;
        }
    }

    private void OnTimer()
    {
        lock (gate)
        {
            if (timer is null)
            {
                return;
            }

            var now = timeProvider.GetElapsedTime(startTimestamp);
            var behind = (long)(now.Ticks / PacketTime.Ticks) - frameIndex;
            if (behind > MaxCatchUpFrames)
            {
                // After a long stall, sending every missed frame back to back would only make a burst the
                // receiver drops as late; skip to the last few so the stream resumes in time.
                var skip = behind - MaxCatchUpFrames;
                frameIndex += skip;
                Interlocked.Add(ref framesSkipped, skip);
            }

            while (Scheduled(frameIndex + 1) <= now)
            {
                frameIndex++;
                var scheduled = Scheduled(frameIndex);
                onTick(new AudioFrameTick(frameIndex, scheduled, now - scheduled));
            }

            var due = Scheduled(frameIndex + 1) - timeProvider.GetElapsedTime(startTimestamp);
            timer.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    private TimeSpan Scheduled(long index) => TimeSpan.FromTicks(PacketTime.Ticks * index);
}
