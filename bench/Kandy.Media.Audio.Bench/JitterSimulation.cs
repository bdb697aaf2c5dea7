// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Audio;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Media.Audio.Bench;

/// <summary>Plays a simulated network (random loss, uniformly distributed extra delay) into a jitter buffer on a fake clock.</summary>
internal static class JitterSimulation
{
    public sealed record Result(double ConcealmentRatio, double LateShare, double MeanBufferDelayMs, double MeanAddedDelayMs, double TargetDelayMs);

    /// <param name="options">The buffer under test.</param>
    /// <param name="lossShare">Share of packets lost on the network.</param>
    /// <param name="jitterMs">Each packet is delayed by a uniform random 0..jitterMs on top of the fixed path delay.</param>
    /// <param name="packets">Packets sent (20 ms each).</param>
    /// <param name="seed">Random seed, so adaptive and fixed see the same network.</param>
    public static Result Run(JitterBufferOptions options, double lossShare, double jitterMs, int packets, int seed)
    {
        const double PacketMs = 20;
        var random = new Random(seed);
        var time = new FakeTimeProvider();
        var buffer = new JitterBuffer(options with { ClockRate = 48000, PacketTime = TimeSpan.FromMilliseconds(PacketMs) }, time);

        // Events on one timeline: arrivals (sequence >= 0) and playout pulls (-1), the latter every 20 ms from the start.
        var queue = new PriorityQueue<int, (double At, int Order)>();
        for (var seq = 0; seq < packets; seq++)
        {
            if (random.NextDouble() >= lossShare)
            {
                queue.Enqueue(seq, ((seq * PacketMs) + (random.NextDouble() * jitterMs), 0));
            }
        }

        for (var slot = 0; slot < packets + 50; slot++)
        {
            queue.Enqueue(-1, ((slot * PacketMs) + 0.25, 1));
        }

        double now = 0, addedSum = 0;
        long played = 0;
        while (queue.TryDequeue(out var seq, out var key))
        {
            time.Advance(TimeSpan.FromMilliseconds(key.At - now));
            now = key.At;
            if (seq >= 0)
            {
                buffer.Add((ushort)seq, (uint)(seq * 960), [(byte)seq]);
                continue;
            }

            var frame = buffer.Pull();
            if (frame.Kind == JitterBufferFrameKind.Packet)
            {
                // Added delay: from the moment the packet was sent to its playout, beyond the 20 ms slot itself.
                var sequence = UnwrapNear(frame.SequenceNumber, (int)(now / PacketMs));
                addedSum += now - (sequence * PacketMs);
                played++;
            }
        }

        var stats = buffer.Statistics;
        var received = stats.PacketsReceived + stats.PacketsLate;
        return new Result(
            stats.ConcealmentRatio,
            received == 0 ? 0 : (double)stats.PacketsLate / received,
            stats.MeanBufferDelay.TotalMilliseconds,
            played == 0 ? 0 : addedSum / played,
            stats.TargetDelay.TotalMilliseconds);
    }

    private static int UnwrapNear(ushort sequence, int around) => around - (short)(ushort)(around - sequence);
}
