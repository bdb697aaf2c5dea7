// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Codecs;
using Kandy.Media.Dtmf;

namespace Kandy.Media.Audio;

/// <summary>Turns a source into RTP payloads, one packet time at a time: resampling, encoding, DTMF (sans-IO).</summary>
/// <remarks>
/// The owner calls <see cref="NextFrame"/> on every tick of an <see cref="AudioFrameClock"/> and wraps what comes out
/// in RTP headers (sequence numbers and SSRC are its business). DTMF goes out as RFC 4733 events when a
/// telephone-event format was negotiated, and as tones mixed into the audio otherwise (what the Kandy SDK does,
/// protocol notes §8).
/// </remarks>
public sealed class AudioSendPipeline : IDisposable
{
    private readonly IAudioSource source;
    private readonly IAudioEncoder encoder;
    private readonly AudioCodecInfo codec;
    private readonly AudioCodecInfo? telephoneEvent;
    private readonly AudioResampler resampler;
    private readonly DtmfSender? dtmfSender;
    private readonly DtmfToneGenerator toneGenerator;
    private readonly short[] sourceFrame;
    private readonly short[] codecFrame;
    private readonly byte[] audioPayload = new byte[1275];
    private readonly byte[] eventPayloads = new byte[3 * TelephoneEvent.Size];
    private readonly TelephoneEventPacket[] events = new TelephoneEventPacket[3];
    private readonly int timestampStep;
    private uint timestamp;
    private bool talkspurt;

    /// <summary>Creates the pipeline.</summary>
    /// <param name="source">Where the audio comes from, at any rate.</param>
    /// <param name="codec">The negotiated audio codec (with the remote payload type).</param>
    /// <param name="telephoneEvent">The negotiated telephone-event, or <see langword="null"/> for in-band DTMF.</param>
    /// <param name="initialTimestamp">The first RTP timestamp (random, RFC 3550 §5.1).</param>
    /// <param name="packetTime">The packetisation time; 20 ms when omitted.</param>
    /// <param name="opusOptions">Encoder settings when the codec is Opus.</param>
    public AudioSendPipeline(IAudioSource source, AudioCodecInfo codec, AudioCodecInfo? telephoneEvent, uint initialTimestamp, TimeSpan? packetTime = null, OpusEncoderOptions? opusOptions = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(codec);
        this.source = source;
        this.codec = codec;
        this.telephoneEvent = telephoneEvent;
        var ptime = packetTime ?? TimeSpan.FromMilliseconds(20);
        encoder = AudioCodecRegistry.CreateEncoder(codec, opusOptions);
        resampler = new AudioResampler(source.SampleRate, encoder.SampleRate);
        sourceFrame = new short[(int)Math.Round(source.SampleRate * ptime.TotalSeconds)];
        codecFrame = new short[(int)Math.Round(encoder.SampleRate * ptime.TotalSeconds)];
        timestampStep = (int)Math.Round(codec.ClockRate * ptime.TotalSeconds);
        timestamp = initialTimestamp;
        toneGenerator = new DtmfToneGenerator(encoder.SampleRate);
        if (telephoneEvent is not null)
        {
            dtmfSender = new DtmfSender(telephoneEvent.ClockRate, (int)Math.Round(telephoneEvent.ClockRate * ptime.TotalSeconds));
        }
    }

    /// <summary>Gets a value indicating whether DTMF is still being sent.</summary>
    public bool IsSendingDtmf => dtmfSender?.IsSending == true || toneGenerator.IsActive;

    /// <summary>Gets a value indicating whether the source has ended (silence is sent from then on).</summary>
    public bool SourceEnded { get; private set; }

    /// <summary>Queues DTMF digits: RFC 4733 events when negotiated, in-band tones otherwise.</summary>
    /// <param name="tones">Digits 0–9, *, #, A–D and commas (2 s pauses).</param>
    /// <param name="options">Duration, gap and volume.</param>
    public void SendDtmf(string tones, DtmfToneOptions? options = null)
    {
        if (dtmfSender is not null)
        {
            dtmfSender.Enqueue(tones, options);
        }
        else
        {
            toneGenerator.Enqueue(tones, options);
        }
    }

    /// <summary>Produces the payloads of the next packet time.</summary>
    /// <param name="output">Room for at least 3 payloads.</param>
    /// <returns>How many payloads were written: 0 (nothing to send, DTX), 1, or 3 (a DTMF end packet and its repetitions).</returns>
    public int NextFrame(Span<AudioRtpPayload> output)
    {
        if (output.Length < 3)
        {
            throw new ArgumentException("Room for three payloads is needed.", nameof(output));
        }

        var frameTimestamp = timestamp;
        timestamp = unchecked(timestamp + (uint)timestampStep);
        if (!SourceEnded && !source.ReadFrame(sourceFrame))
        {
            SourceEnded = true;
        }

        if (SourceEnded)
        {
            Array.Clear(sourceFrame);
        }

        var converted = resampler.Process(sourceFrame, codecFrame);
        codecFrame.AsSpan(converted).Clear();
        toneGenerator.MixInto(codecFrame);

        var eventCount = dtmfSender?.OnFrame(frameTimestamp, events) ?? 0;
        if (eventCount > 0)
        {
            for (var i = 0; i < eventCount; i++)
            {
                var bytes = eventPayloads.AsMemory(i * TelephoneEvent.Size, TelephoneEvent.Size);
                events[i].Payload.WriteTo(bytes.Span);
                output[i] = new AudioRtpPayload(telephoneEvent!.PayloadType, events[i].Timestamp, events[i].Marker, bytes);
            }

            talkspurt = false;
            return eventCount;
        }

        var length = encoder.Encode(codecFrame, audioPayload);
        if (length == 0)
        {
            talkspurt = false;
            return 0;
        }

        output[0] = new AudioRtpPayload(codec.PayloadType, frameTimestamp, !talkspurt, audioPayload.AsMemory(0, length));
        talkspurt = true;
        return 1;
    }

    /// <inheritdoc/>
    public void Dispose() => (encoder as IDisposable)?.Dispose();
}
