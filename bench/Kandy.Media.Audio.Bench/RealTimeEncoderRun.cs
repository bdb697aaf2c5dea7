// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using Kandy.Media.Codecs;

namespace Kandy.Media.Audio.Bench;

/// <summary>Runs N Opus encoders at once, each paced by its own <see cref="AudioFrameClock"/>, and counts late frames.</summary>
/// <remarks>A frame is late when it is encoded more than one packet time (20 ms) after it was due: a sender would
/// then miss its slot. The capacity is the largest N whose late share stays below 1 %. The CPU time per frame
/// (process CPU over frames encoded) gives the capacity independent of other load on the machine:
/// cores × 20 ms / CPU per frame.</remarks>
internal static class RealTimeEncoderRun
{
    public static (double LateShare, double P99LatenessMs, double CpuShare, double CpuMsPerFrame) Run(int encoders, int complexity, TimeSpan duration)
    {
        var signal = SpeechLikeSignal.Create(48000, 48000);
        var late = 0L;
        var total = 0L;
        var encoded = 0L;
        var lateness = new List<double>();
        var gate = new object();
        var clocks = new List<AudioFrameClock>();
        var codecs = new List<OpusAudioEncoder>();
        for (var n = 0; n < encoders; n++)
        {
            codecs.Add(Warm(new OpusAudioEncoder(new OpusEncoderOptions { Complexity = complexity }), signal));
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var n = 0; n < encoders; n++)
        {
            var encoder = codecs[n];
            var payload = new byte[1275];
            var offset = (n * 4801) % (signal.Length - 960);
            var clock = new AudioFrameClock(TimeProvider.System, TimeSpan.FromMilliseconds(20), tick =>
            {
                encoder.Encode(signal.AsSpan(offset, 960), payload);
                offset = (offset + 960) % (signal.Length - 960);
                var done = tick.Lateness.TotalMilliseconds;
                lock (gate)
                {
                    total++;
                    encoded++;
                    lateness.Add(done);
                    if (done > 20)
                    {
                        late++;
                    }
                }
            });
            clocks.Add(clock);
            clock.Start();
        }

        Thread.Sleep(duration);
        foreach (var clock in clocks)
        {
            clock.Dispose();
            lock (gate)
            {
                // Frames the clock skipped after a stall were never sent: they count as late.
                late += clock.FramesSkipped;
                total += clock.FramesSkipped;
            }
        }

        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var cpu = cpuSeconds / wall.Elapsed.TotalSeconds / Environment.ProcessorCount;
        foreach (var codec in codecs)
        {
            codec.Dispose();
        }

        lock (gate)
        {
            lateness.Sort();
            var p99 = lateness.Count == 0 ? 0 : lateness[(int)(lateness.Count * 0.99)];
            return (total == 0 ? 1 : (double)late / total, p99, cpu, encoded == 0 ? 0 : cpuSeconds * 1000 / encoded);
        }
    }

    /// <summary>Measures the CPU time of one encoder running flat out on one thread, after warming it up.</summary>
    public static double CpuMsPerFrame(int complexity, int frames)
    {
        var signal = SpeechLikeSignal.Create(48000, 48000);
        using var encoder = Warm(new OpusAudioEncoder(new OpusEncoderOptions { Complexity = complexity }), signal);
        var payload = new byte[1275];
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < frames; i++)
        {
            encoder.Encode(signal.AsSpan(i * 960 % (signal.Length - 960), 960), payload);
        }

        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds / frames;
    }

    // The first frames pay for JIT compilation and the encoder's start-up; a call would have done them long ago.
    private static OpusAudioEncoder Warm(OpusAudioEncoder encoder, short[] signal)
    {
        var payload = new byte[1275];
        for (var i = 0; i < 500; i++)
        {
            encoder.Encode(signal.AsSpan(i * 960 % (signal.Length - 960), 960), payload);
        }

        return encoder;
    }
}
