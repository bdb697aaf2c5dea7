// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Codecs;
using Kandy.Media.Dtmf;
using Kandy.Media.Quality;

namespace Kandy.Media.Audio;

/// <summary>Turns received RTP payloads into audio for a sink: jitter buffer, decoding, concealment, DTMF, statistics (sans-IO).</summary>
/// <remarks>
/// The owner hands every received audio RTP packet to <see cref="ReceiveRtp"/> and calls <see cref="PlayFrame"/>
/// once per packet time. Telephone-event packets become digits (RFC 4733); when no telephone-event was
/// negotiated, the decoded audio also goes through the in-band DTMF detector. Comfort noise (RFC 3389) fills the
/// silence it describes.
/// </remarks>
public sealed class AudioReceivePipeline : IDisposable
{
    private readonly AudioCodecInfo codec;
    private readonly AudioCodecInfo? telephoneEvent;
    private readonly IAudioSink sink;
    private readonly IAudioDecoder decoder;
    private readonly JitterBuffer jitterBuffer;
    private readonly DtmfReceiver? dtmfReceiver;
    private readonly DtmfDetector? detector;
    private readonly short[] frame;
    private readonly short[] decoded;
    private readonly Random noise = new(0x4B41);
    private int comfortNoiseLevel = -1;

    /// <summary>Creates the pipeline.</summary>
    /// <param name="codec">The negotiated audio codec (with the payload type the remote side sends).</param>
    /// <param name="telephoneEvent">The negotiated telephone-event, or <see langword="null"/> (then DTMF is detected in-band).</param>
    /// <param name="sink">Where the audio goes.</param>
    /// <param name="timeProvider">Clock of the jitter buffer and statistics.</param>
    /// <param name="jitterBufferOptions">Jitter buffer settings; adaptive when omitted.</param>
    public AudioReceivePipeline(AudioCodecInfo codec, AudioCodecInfo? telephoneEvent, IAudioSink sink, TimeProvider? timeProvider = null, JitterBufferOptions? jitterBufferOptions = null)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(sink);
        var time = timeProvider ?? TimeProvider.System;
        this.codec = codec;
        this.telephoneEvent = telephoneEvent;
        this.sink = sink;
        decoder = AudioCodecRegistry.CreateDecoder(codec);
        var options = (jitterBufferOptions ?? new JitterBufferOptions()) with { ClockRate = codec.ClockRate };
        jitterBuffer = new JitterBuffer(options, time);
        frame = new short[(int)Math.Round(decoder.SampleRate * options.PacketTime.TotalSeconds)];
        decoded = new short[decoder.SampleRate * 120 / 1000];
        Counters = new StreamCounters(codec.ClockRate, time);
        if (telephoneEvent is not null)
        {
            dtmfReceiver = new DtmfReceiver(telephoneEvent.ClockRate, time);
            dtmfReceiver.DigitReceived += (_, e) => DigitReceived?.Invoke(this, e);
        }
        else
        {
            detector = new DtmfDetector(decoder.SampleRate, timeProvider: time);
            detector.DigitDetected += (_, e) => DigitReceived?.Invoke(this, e);
        }
    }

    /// <summary>Raised for each received DTMF digit, whether it came as RFC 4733 events or as tones.</summary>
    public event EventHandler<DtmfDigitEventArgs>? DigitReceived;

    /// <summary>Gets the stream's counters (packets, loss, jitter, level, concealment).</summary>
    public StreamCounters Counters { get; }

    /// <summary>Gets the jitter buffer's counters.</summary>
    public JitterBufferStatistics JitterBufferStatistics => jitterBuffer.Statistics;

    /// <summary>Gets the number of payloads that could not be decoded or had an unexpected payload type.</summary>
    public long DroppedPayloads { get; private set; }

    /// <summary>Takes one received RTP packet of the audio stream.</summary>
    /// <param name="payloadType">Its payload type.</param>
    /// <param name="sequenceNumber">Its sequence number.</param>
    /// <param name="timestamp">Its timestamp.</param>
    /// <param name="payload">Its payload.</param>
    public void ReceiveRtp(int payloadType, ushort sequenceNumber, uint timestamp, ReadOnlySpan<byte> payload)
    {
        Counters.PacketReceived(sequenceNumber, timestamp, payload.Length);
        if (payloadType == telephoneEvent?.PayloadType)
        {
            dtmfReceiver!.Receive(timestamp, payload);
        }
        else if (payloadType == codec.PayloadType)
        {
            jitterBuffer.Add(sequenceNumber, timestamp, payload);
        }
        else if (payloadType == AudioCodecRegistry.ComfortNoise.PayloadType && ComfortNoise.TryReadLevel(payload, out var level))
        {
            comfortNoiseLevel = level;
        }
        else
        {
            DroppedPayloads++;
        }
    }

    /// <summary>Plays one packet time into the sink; call once per packet time.</summary>
    public void PlayFrame()
    {
        var slot = jitterBuffer.Pull();
        var concealed = false;
        var madeUp = false;
        switch (slot.Kind)
        {
            case JitterBufferFrameKind.Packet:
                if (!TryDecode(slot.Payload.Span))
                {
                    decoder.Conceal(ReadOnlySpan<byte>.Empty, frame);
                    concealed = true;
                }

                comfortNoiseLevel = -1;
                break;
            case JitterBufferFrameKind.Concealed when comfortNoiseLevel >= 0:
                ComfortNoise.Generate(comfortNoiseLevel, noise, frame);
                break;
            case JitterBufferFrameKind.Concealed:
                decoder.Conceal(slot.NextPayload.Span, frame);
                concealed = true;
                break;
            default:
                Array.Clear(frame);
                madeUp = true;
                break;
        }

        Counters.FramePlayed(frame, decoder.SampleRate, concealed);
        detector?.Process(frame, madeUp || concealed);
        sink.WriteFrame(frame, decoder.SampleRate);
    }

    /// <summary>Reports DTMF still in progress (call when the stream ends).</summary>
    public void Flush()
    {
        dtmfReceiver?.Flush();
        detector?.Flush();
    }

    /// <inheritdoc/>
    public void Dispose() => (decoder as IDisposable)?.Dispose();

    private bool TryDecode(ReadOnlySpan<byte> payload)
    {
        try
        {
            var count = decoder.Decode(payload, decoded);
            decoded.AsSpan(0, Math.Min(count, frame.Length)).CopyTo(frame);
            frame.AsSpan(Math.Min(count, frame.Length)).Clear();
            return true;
        }
        catch (InvalidDataException)
        {
            DroppedPayloads++;
            return false;
        }
    }
}
