// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Audio;
using Kandy.Media.Codecs;
using Kandy.Media.Dtmf;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Media.Tests.Audio;

/// <summary>Send and receive pipelines back to back over a simulated network with jitter, on a fake clock.</summary>
[Trait("Category", "unit")]
public sealed class AudioPipelineTests
{
    [Fact]
    public void OpusToneAndRfc4733DigitsArrive()
    {
        var te = AudioCodecRegistry.TelephoneEvent48k;
        using var sender = new AudioSendPipeline(new ToneAudioSource(1000, 0.25, 48000), AudioCodecRegistry.Opus, te, initialTimestamp: 4000);
        var meter = new LevelMeterSink();
        var time = new FakeTimeProvider();
        using var receiver = new AudioReceivePipeline(AudioCodecRegistry.Opus, te, meter, time);
        var digits = new List<DtmfDigitEventArgs>();
        receiver.DigitReceived += (_, e) => digits.Add(e);

        Run(sender, receiver, time, frames: 150, sendDtmfAt: 50, tones: "123#");

        Assert.Equal("123#", new string(digits.Select(d => d.Digit).ToArray()));
        Assert.All(digits, d => Assert.Equal(DtmfSource.Rfc4733, d.Source));
        Assert.All(digits, d => Assert.Equal(TimeSpan.FromMilliseconds(100), d.Duration));

        // A 0.25 full-scale sine: −12 dBFS peak, −15 dBFS RMS.
        Assert.InRange(meter.LastFrameRmsDbfs, -17, -13);
        var stats = receiver.Counters.GetStatistics();
        Assert.Equal(0, stats.PacketsLost);
        Assert.InRange(stats.AudioLevel, 0.2, 0.3);
    }

    [Fact]
    public void PcmuWavAndInBandDigitsArriveWithoutTelephoneEvent()
    {
        var wav = new MemoryStream();
        using (var writer = new WavWriter(wav, new WavFormat(16000, 2), leaveOpen: true))
        {
            var tone = Signal.Sine(400, 3000, 16000, 16000 * 3);
            writer.Write(tone.SelectMany(s => new[] { s, s }).ToArray());
        }

        wav.Position = 0;
        using var source = new WavFileAudioSource(wav);
        using var sender = new AudioSendPipeline(source, AudioCodecRegistry.Pcmu, telephoneEvent: null, initialTimestamp: 0);
        var recording = new MemoryStream();
        var time = new FakeTimeProvider();
        var digits = new List<DtmfDigitEventArgs>();
        using (var recorder = new WavRecorderSink(recording, 8000))
        {
            using var receiver = new AudioReceivePipeline(AudioCodecRegistry.Pcmu, null, recorder, time);
            receiver.DigitReceived += (_, e) => digits.Add(e);

            Run(sender, receiver, time, frames: 200, sendDtmfAt: 40, tones: "5*0");
        }

        Assert.Equal("5*0", new string(digits.Select(d => d.Digit).ToArray()));
        Assert.All(digits, d => Assert.Equal(DtmfSource.InBand, d.Source));
        using var reader = new WavReader(new MemoryStream(recording.ToArray()));
        Assert.Equal(200 * 160, reader.FrameCount);
    }

    private static void Run(AudioSendPipeline sender, AudioReceivePipeline receiver, FakeTimeProvider time, int frames, int sendDtmfAt, string tones)
    {
        var random = new Random(5);
        var inFlight = new PriorityQueue<(AudioRtpPayload Packet, ushort Sequence, byte[] Bytes), double>();
        var output = new AudioRtpPayload[3];
        ushort sequence = 65500;
        var now = 0.0;

        void AdvanceTo(double at)
        {
            time.Advance(TimeSpan.FromMilliseconds(at - now));
            now = at;
        }

        for (var i = 0; i < frames; i++)
        {
            var tick = i * 20.0;
            if (i == sendDtmfAt)
            {
                sender.SendDtmf(tones);
            }

            var count = sender.NextFrame(output);
            for (var p = 0; p < count; p++)
            {
                // 0–15 ms of network jitter: enough to reorder now and then.
                var packet = (output[p], sequence++, output[p].Payload.ToArray());
                var arrival = tick + (random.NextDouble() * 15);
                inFlight.Enqueue(packet, arrival);
            }

            // Deliver what has arrived by the middle of the slot, then play the slot.
            while (inFlight.TryPeek(out var item, out var arrival) && arrival <= tick + 10)
            {
                AdvanceTo(arrival);
                inFlight.Dequeue();
                receiver.ReceiveRtp(item.Packet.PayloadType, item.Sequence, item.Packet.Timestamp, item.Bytes);
            }

            AdvanceTo(tick + 10);
            receiver.PlayFrame();
        }

        receiver.Flush();
    }
}
