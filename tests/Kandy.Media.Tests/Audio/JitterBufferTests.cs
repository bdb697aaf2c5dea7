// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Audio;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Media.Tests.Audio;

[Trait("Category", "unit")]
public sealed class JitterBufferTests
{
    private const double PacketMs = 20;

    [Fact]
    public void ReorderedPacketsComeOutInOrder()
    {
        var arrivals = new Dictionary<int, double>();
        for (var seq = 0; seq < 50; seq++)
        {
            // Every pair swapped: odd packets overtake even ones by 5 ms.
            arrivals[seq] = (seq * PacketMs) + (seq % 2 == 0 ? 25 : 0);
        }

        var result = Simulate(arrivals, new JitterBufferOptions { Adaptive = false, InitialDelay = TimeSpan.FromMilliseconds(40) }, slots: 48);

        Assert.Equal(Enumerable.Range(0, 48).Select(i => (ushort)i), result.Played);
        Assert.Equal(0, result.Statistics.FramesConcealed);
    }

    [Fact]
    public void LossIsConcealedWithTheNextPayloadOffered()
    {
        var arrivals = Enumerable.Range(0, 30).Where(s => s != 10).ToDictionary(s => s, s => s * PacketMs);

        var result = Simulate(arrivals, new JitterBufferOptions { Adaptive = false, InitialDelay = TimeSpan.FromMilliseconds(40) }, slots: 28);

        Assert.Equal(1, result.Statistics.FramesConcealed);
        var concealed = Assert.Single(result.Frames, f => f.Kind == JitterBufferFrameKind.Concealed);
        Assert.Equal(10, concealed.SequenceNumber);
        Assert.Equal(11, concealed.NextPayload.Span[0]);
        Assert.Equal(27, result.Statistics.FramesPlayed);
    }

    [Fact]
    public void FixedBufferDropsLatePacketsAndKeepsItsTimeline()
    {
        var arrivals = Enumerable.Range(0, 30).ToDictionary(s => s, s => (s * PacketMs) + (s == 12 ? 90 : 0));

        var result = Simulate(arrivals, new JitterBufferOptions { Adaptive = false, InitialDelay = TimeSpan.FromMilliseconds(60) }, slots: 27);

        Assert.Equal(1, result.Statistics.PacketsLate);
        Assert.Equal(1, result.Statistics.FramesConcealed);
        Assert.Equal(Enumerable.Range(0, 27).Where(s => s != 12).Select(s => (ushort)s), result.Played);
        Assert.InRange(result.Statistics.MeanBufferDelay.TotalMilliseconds, 60, 61);
    }

    [Fact]
    public void DuplicatesAreDroppedAndSequenceNumbersWrap()
    {
        var time = new FakeTimeProvider();
        var buffer = new JitterBuffer(new JitterBufferOptions { Adaptive = false, InitialDelay = TimeSpan.Zero }, time);

        Assert.True(buffer.Add(65535, 0, [1]));
        Assert.False(buffer.Add(65535, 0, [1]));
        Assert.True(buffer.Add(0, 960, [2]));
        Assert.True(buffer.Add(1, 1920, [3]));

        Assert.Equal([1, 2, 3], Enumerable.Range(0, 3).Select(_ => buffer.Pull().Payload.Span[0]));
        Assert.Equal(1, buffer.Statistics.PacketsDuplicated);
    }

    [Fact]
    public void NothingIsPlayedBeforeTheInitialDelay()
    {
        var time = new FakeTimeProvider();
        var buffer = new JitterBuffer(new JitterBufferOptions { InitialDelay = TimeSpan.FromMilliseconds(40) }, time);

        Assert.Equal(JitterBufferFrameKind.Waiting, buffer.Pull().Kind);
        buffer.Add(1, 0, [1]);
        time.Advance(TimeSpan.FromMilliseconds(20));
        Assert.Equal(JitterBufferFrameKind.Waiting, buffer.Pull().Kind);
        time.Advance(TimeSpan.FromMilliseconds(20));
        Assert.Equal(JitterBufferFrameKind.Packet, buffer.Pull().Kind);
    }

    [Fact]
    public void AdaptiveBufferFollowsJitterAndConcealsLittle()
    {
        var random = new Random(42);
        var arrivals = Enumerable.Range(0, 1500).ToDictionary(s => s, s => (s * PacketMs) + (random.NextDouble() * 40));

        var result = Simulate(arrivals, new JitterBufferOptions { InitialDelay = TimeSpan.FromMilliseconds(20) }, slots: 1450);

        Assert.InRange(result.Statistics.TargetDelay.TotalMilliseconds, 30, 45);
        Assert.True(result.Statistics.ConcealmentRatio < 0.03, $"concealment {result.Statistics.ConcealmentRatio:P}");
        Assert.True(result.Played.Zip(result.Played.Skip(1)).All(p => p.First < p.Second), "order restored");
        Assert.InRange(result.Statistics.MeanBufferDelay.TotalMilliseconds, 10, 60);
    }

    [Theory]
    [InlineData(0.995)]
    [InlineData(1.005)]
    public void AdaptiveBufferAbsorbsSenderClockDrift(double senderSpeed)
    {
        // The sender's 20 ms are 19.9 or 20.1 of ours: over 60 s that is 300 ms of drift.
        var arrivals = Enumerable.Range(0, 3000).ToDictionary(s => s, s => s * PacketMs * senderSpeed);

        var result = Simulate(arrivals, new JitterBufferOptions { InitialDelay = TimeSpan.FromMilliseconds(40) }, slots: 2900);

        var last = result.Timeline.TakeLast(500).Average();
        Assert.InRange(last, 0, 80);
        if (senderSpeed < 1)
        {
            Assert.True(result.Statistics.FramesDropped >= 10);
        }
        else
        {
            // 300 ms of drift is 15 frames that the buffer has to fill by concealment.
            Assert.InRange(result.Statistics.FramesConcealed, 10, 30);
        }
    }

    private static SimulationResult Simulate(Dictionary<int, double> arrivals, JitterBufferOptions options, int slots)
    {
        var time = new FakeTimeProvider();
        var buffer = new JitterBuffer(options with { ClockRate = 48000 }, time);
        var events = arrivals.Select(a => (At: a.Value, Seq: a.Key)).ToList();
        var first = arrivals.Values.Min();
        events.AddRange(Enumerable.Range(0, slots + 200).Select(i => (At: first + (i * PacketMs) + 0.5, Seq: -1)));
        events.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : b.Seq.CompareTo(a.Seq));

        var now = 0.0;
        var frames = new List<JitterBufferFrame>();
        var timeline = new List<double>();
        foreach (var (at, seq) in events)
        {
            time.Advance(TimeSpan.FromMilliseconds(at - now));
            now = at;
            if (seq >= 0)
            {
                buffer.Add((ushort)seq, (uint)(seq * 960), [(byte)seq]);
            }
            else if (frames.Count(f => f.Kind != JitterBufferFrameKind.Waiting) < slots)
            {
                var frame = buffer.Pull();
                frames.Add(frame);
                if (frame.Kind == JitterBufferFrameKind.Packet)
                {
                    // How far behind its own send time the packet is played.
                    timeline.Add(now - arrivals[frame.SequenceNumber]);
                }
            }
        }

        return new SimulationResult(frames, buffer.Statistics, timeline);
    }

    private sealed record SimulationResult(List<JitterBufferFrame> Frames, JitterBufferStatistics Statistics, List<double> Timeline)
    {
        public IEnumerable<ushort> Played => Frames.Where(f => f.Kind == JitterBufferFrameKind.Packet).Select(f => f.SequenceNumber);
    }
}
