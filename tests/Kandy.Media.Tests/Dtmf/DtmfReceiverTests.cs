// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Dtmf;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Media.Tests.Dtmf;

[Trait("Category", "unit")]
public sealed class DtmfReceiverTests
{
    [Fact]
    public void SentDigitsAreReceivedOnceEachInOrderWithTiming()
    {
        var sender = new DtmfSender(8000, 160);
        sender.Enqueue("159#*0ABCD", new DtmfToneOptions { Duration = TimeSpan.FromMilliseconds(120), Gap = TimeSpan.FromMilliseconds(80) });
        var packets = DtmfSenderTests.Run(sender, 5000, 200);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var receiver = new DtmfReceiver(8000, time);
        var digits = new List<DtmfDigitEventArgs>();
        receiver.DigitReceived += (_, e) => digits.Add(e);

        foreach (var packet in packets)
        {
            Receive(receiver, packet);
        }

        Assert.Equal("159#*0ABCD", new string(digits.Select(d => d.Digit).ToArray()));
        Assert.All(digits, d => Assert.Equal(TimeSpan.FromMilliseconds(120), d.Duration));
        Assert.All(digits, d => Assert.Equal(DtmfSource.Rfc4733, d.Source));
        Assert.Equal(TimeSpan.FromMilliseconds(200), digits[1].Start);
        Assert.Equal(time.GetUtcNow(), digits[0].DetectedAt);
        Assert.Equal(20, receiver.DuplicatePackets);
    }

    [Fact]
    public void EventWhoseEndPacketsWereLostIsReportedWhenTheNextStarts()
    {
        var receiver = new DtmfReceiver(8000);
        var digits = new List<DtmfDigitEventArgs>();
        receiver.DigitReceived += (_, e) => digits.Add(e);

        Receive(receiver, new TelephoneEventPacket(100, true, new TelephoneEvent(3, false, 10, 160)));
        Receive(receiver, new TelephoneEventPacket(100, false, new TelephoneEvent(3, false, 10, 480)));
        Assert.Empty(digits);
        Receive(receiver, new TelephoneEventPacket(2000, true, new TelephoneEvent(4, false, 10, 160)));
        Receive(receiver, new TelephoneEventPacket(100, false, new TelephoneEvent(3, true, 10, 800)));
        receiver.Flush();

        Assert.Equal("34", new string(digits.Select(d => d.Digit).ToArray()));
        Assert.Equal(TimeSpan.FromMilliseconds(60), digits[0].Duration);
        Assert.Equal(1, receiver.DuplicatePackets);
    }

    [Fact]
    public void SegmentsOfALongEventMakeOneDigit()
    {
        var sender = new DtmfSender(48000, 960);
        sender.Enqueue("7", new DtmfToneOptions { Duration = TimeSpan.FromSeconds(5) });
        var receiver = new DtmfReceiver(48000);
        var digits = new List<DtmfDigitEventArgs>();
        receiver.DigitReceived += (_, e) => digits.Add(e);

        foreach (var packet in DtmfSenderTests.Run(sender, 0, 300, step: 960))
        {
            Receive(receiver, packet);
        }

        var digit = Assert.Single(digits);
        Assert.Equal('7', digit.Digit);
        Assert.Equal(TimeSpan.FromSeconds(5), digit.Duration);
    }

    [Fact]
    public void MalformedAndNonDtmfEventsAreCountedAndIgnored()
    {
        var receiver = new DtmfReceiver(8000);
        var digits = 0;
        receiver.DigitReceived += (_, _) => digits++;

        receiver.Receive(1, [1, 2, 3]);
        receiver.Receive(1, [16, 0x80, 0, 160]);
        receiver.Receive(1, [1, 0x80, 0, 160, 9]);

        Assert.Equal(0, digits);
        Assert.Equal(3, receiver.MalformedPackets);
    }

    private static void Receive(DtmfReceiver receiver, TelephoneEventPacket packet)
    {
        var bytes = new byte[4];
        packet.Payload.WriteTo(bytes);
        receiver.Receive(packet.Timestamp, bytes);
    }
}
