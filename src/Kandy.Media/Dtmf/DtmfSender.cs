// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtmf;

/// <summary>Turns queued digits into RFC 4733 telephone-event packets, one decision per audio frame (sans-IO).</summary>
/// <remarks>
/// The owner calls <see cref="OnFrame"/> at every packetisation tick with the RTP timestamp the audio frame
/// would carry; when it returns packets, they are sent on the telephone-event payload type instead of that
/// audio frame. Per RFC 4733 §2.5.1: all packets of an event carry the timestamp of its first frame, the
/// marker bit is set on the first packet only, the duration grows by one frame per packet, and the final
/// packet (E bit set) is sent three times with the same duration. Events longer than the 16-bit duration
/// field are split into segments as §2.5.1.3 describes.
/// </remarks>
public sealed class DtmfSender
{
    private const int EndRepetitions = 3;

    private readonly Queue<(char Digit, DtmfToneOptions Options)> queue = new();
    private readonly int clockRate;
    private readonly int samplesPerFrame;

    private byte eventCode;
    private byte volume;
    private long totalSamples;
    private long elapsed;
    private long segmentBase;
    private uint segmentTimestamp;
    private bool firstPacket;
    private long gapRemaining;
    private bool inTone;

    /// <summary>Creates the sender.</summary>
    /// <param name="clockRate">The clock rate of the negotiated telephone-event (8000 or 48000).</param>
    /// <param name="samplesPerFrame">Timestamp units per audio frame (160 for 20 ms at 8 kHz, 960 at 48 kHz).</param>
    public DtmfSender(int clockRate, int samplesPerFrame)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clockRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samplesPerFrame);
        this.clockRate = clockRate;
        this.samplesPerFrame = samplesPerFrame;
    }

    /// <summary>Gets a value indicating whether digits are queued or a tone or gap is in progress.</summary>
    public bool IsSending => inTone || gapRemaining > 0 || queue.Count > 0;

    /// <summary>Queues digits to send.</summary>
    /// <param name="tones">Digits 0–9, *, #, A–D, and commas for 2 s pauses.</param>
    /// <param name="options">Duration, gap and volume; clamped to WebRTC's limits.</param>
    /// <exception cref="ArgumentException">A character is neither a digit nor a comma.</exception>
    public void Enqueue(string tones, DtmfToneOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tones);
        var clamped = (options ?? new DtmfToneOptions()).Clamp();
        foreach (var c in tones)
        {
            if (c != ',' && !DtmfDigits.IsDigit(c))
            {
                throw new ArgumentException($"'{c}' is not a DTMF digit.", nameof(tones));
            }
        }

        foreach (var c in tones)
        {
            queue.Enqueue((c, clamped));
        }
    }

    /// <summary>Decides what to send for one audio frame.</summary>
    /// <param name="frameTimestamp">The RTP timestamp of this frame.</param>
    /// <param name="packets">Receives the packets to send (room for 3).</param>
    /// <returns>How many packets were written; 0 means send audio as usual.</returns>
    public int OnFrame(uint frameTimestamp, Span<TelephoneEventPacket> packets)
    {
        if (packets.Length < EndRepetitions)
        {
            throw new ArgumentException("Room for three packets is needed.", nameof(packets));
        }

        if (!inTone)
        {
            if (gapRemaining > 0)
            {
                gapRemaining -= samplesPerFrame;
                return 0;
            }

            if (!TryStartNext(frameTimestamp))
            {
                return 0;
            }
        }

        elapsed += samplesPerFrame;
        if (elapsed >= totalSamples)
        {
            var end = new TelephoneEvent(eventCode, true, volume, (ushort)(totalSamples - segmentBase));
            for (var i = 0; i < EndRepetitions; i++)
            {
                packets[i] = new TelephoneEventPacket(segmentTimestamp, firstPacket && i == 0, end);
            }

            inTone = false;
            return EndRepetitions;
        }

        if (elapsed - segmentBase > ushort.MaxValue)
        {
            // RFC 4733 §2.5.1.3: a new segment starts where the full one ended, without the marker bit.
            var covered = elapsed - samplesPerFrame - segmentBase;
            segmentTimestamp = unchecked(segmentTimestamp + (uint)covered);
            segmentBase += covered;
        }

        packets[0] = new TelephoneEventPacket(segmentTimestamp, firstPacket, new TelephoneEvent(eventCode, false, volume, (ushort)(elapsed - segmentBase)));
        firstPacket = false;
        return 1;
    }

    private bool TryStartNext(uint frameTimestamp)
    {
        if (!queue.TryDequeue(out var next))
        {
            return false;
        }

        if (next.Digit == ',')
        {
            gapRemaining = ToSamples(DtmfToneOptions.CommaPause) - samplesPerFrame;
            return false;
        }

        eventCode = DtmfDigits.ToEvent(next.Digit);
        volume = next.Options.Volume;
        totalSamples = ToSamples(next.Options.Duration);
        gapRemaining = ToSamples(next.Options.Gap);
        elapsed = 0;
        segmentBase = 0;
        segmentTimestamp = frameTimestamp;
        firstPacket = true;
        inTone = true;
        return true;
    }

    private long ToSamples(TimeSpan time) => (long)Math.Round(time.TotalSeconds * clockRate);
}
