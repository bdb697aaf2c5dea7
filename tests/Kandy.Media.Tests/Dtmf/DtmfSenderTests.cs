// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Dtmf;

namespace Kandy.Media.Tests.Dtmf;

[Trait("Category", "unit")]
public sealed class DtmfSenderTests
{
    [Fact]
    public void DigitFiveAtEightKilohertzGivesTheExactRfc4733Packets()
    {
        var sender = new DtmfSender(8000, 160);
        sender.Enqueue("5", new DtmfToneOptions { Duration = TimeSpan.FromMilliseconds(100), Volume = 10 });

        var packets = Run(sender, startTimestamp: 1000, frames: 5);

        Assert.Equal(
            [
                "1000 M 050A00A0",
                "1000 - 050A0140",
                "1000 - 050A01E0",
                "1000 - 050A0280",
                "1000 - 058A0320",
                "1000 - 058A0320",
                "1000 - 058A0320",
            ],
            packets.Select(Describe));
        Assert.True(sender.IsSending);
    }

    [Fact]
    public void GapSeparatesDigitsAndTimestampsFollowTheAudioClock()
    {
        var sender = new DtmfSender(48000, 960);
        sender.Enqueue("#1", new DtmfToneOptions { Duration = TimeSpan.FromMilliseconds(40), Gap = TimeSpan.FromMilliseconds(60), Volume = 63 });

        var frames = new List<(uint Timestamp, TelephoneEventPacket[] Packets)>();
        var buffer = new TelephoneEventPacket[3];
        for (var i = 0; i < 8; i++)
        {
            var timestamp = (uint)(i * 960);
            var count = sender.OnFrame(timestamp, buffer);
            frames.Add((timestamp, buffer[..count]));
        }

        Assert.Equal(["0 M 0B3F03C0", "0 - 0BBF0780", "0 - 0BBF0780", "0 - 0BBF0780"], frames[0].Packets.Concat(frames[1].Packets).Select(Describe));
        Assert.Empty(frames[2].Packets);
        Assert.Empty(frames[3].Packets);
        Assert.Empty(frames[4].Packets);
        Assert.Equal(["4800 M 013F03C0"], frames[5].Packets.Select(Describe));
        Assert.Equal(3, frames[6].Packets.Length);
        Assert.Empty(frames[7].Packets);
    }

    [Fact]
    public void LongToneIsSplitIntoSegmentsThatCoverItExactly()
    {
        var sender = new DtmfSender(48000, 960);
        sender.Enqueue("9", new DtmfToneOptions { Duration = TimeSpan.FromSeconds(6) });

        var packets = Run(sender, startTimestamp: uint.MaxValue - 1000, frames: 300, step: 960);

        var segments = packets.GroupBy(p => p.Timestamp).ToList();
        Assert.Equal(5, segments.Count);
        Assert.Single(packets, p => p.Marker);
        Assert.True(packets[0].Marker);
        Assert.All(packets, p => Assert.True(p.Payload.Duration > 0));
        var covered = segments.Sum(s => (long)s.Max(p => p.Payload.Duration));
        Assert.Equal(288_000, covered);
        for (var i = 1; i < segments.Count; i++)
        {
            Assert.Equal(unchecked(segments[i - 1].Key + segments[i - 1].Max(p => p.Payload.Duration)), segments[i].Key);
        }
    }

    [Fact]
    public void DurationsAndGapsAreClampedAndBadDigitsRejected()
    {
        var options = new DtmfToneOptions { Duration = TimeSpan.FromMilliseconds(10), Gap = TimeSpan.FromMilliseconds(1), Volume = 99 }.Clamp();

        Assert.Equal(TimeSpan.FromMilliseconds(40), options.Duration);
        Assert.Equal(TimeSpan.FromMilliseconds(30), options.Gap);
        Assert.Equal(63, options.Volume);
        Assert.Throws<ArgumentException>(() => new DtmfSender(8000, 160).Enqueue("12E"));
    }

    [Fact]
    public void CommaPausesTwoSeconds()
    {
        var sender = new DtmfSender(8000, 160);
        sender.Enqueue(",1");
        var buffer = new TelephoneEventPacket[3];

        var silentFrames = 0;
        while (sender.OnFrame((uint)(silentFrames * 160), buffer) == 0)
        {
            silentFrames++;
        }

        Assert.Equal(100, silentFrames);
    }

    internal static List<TelephoneEventPacket> Run(DtmfSender sender, uint startTimestamp, int frames, int step = 160)
    {
        var packets = new List<TelephoneEventPacket>();
        var buffer = new TelephoneEventPacket[3];
        for (var i = 0; i < frames; i++)
        {
            var count = sender.OnFrame(unchecked(startTimestamp + (uint)(i * step)), buffer);
            packets.AddRange(buffer[..count]);
        }

        return packets;
    }

    private static string Describe(TelephoneEventPacket packet)
    {
        var bytes = new byte[4];
        packet.Payload.WriteTo(bytes);
        return $"{packet.Timestamp} {(packet.Marker ? "M" : "-")} {Convert.ToHexString(bytes)}";
    }
}
