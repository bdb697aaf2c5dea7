// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using System.Security.Cryptography;
using Kandy.Media.Audio;
using Kandy.Media.Codecs;
using Kandy.Media.Dtls;
using Kandy.Media.Rtcp;
using Kandy.Media.Rtp;
using Kandy.Media.Srtp;
using Microsoft.Extensions.Logging;

namespace Kandy.Media.WebRtc;

/// <summary>The audio of one transceiver once DTLS produced keys: paced SRTP sending through an <see cref="AudioSendPipeline"/>, SRTP receiving through an <see cref="AudioReceivePipeline"/>, RTCP.</summary>
/// <remarks>
/// Sending runs on a <see cref="TimeProvider"/> timer every 20 ms and catches up on late ticks by the elapsed time,
/// so the RTP clock follows real time. SRTP contexts are per direction (RFC 3711 §3.2.3); the send context is
/// shared by RTP and RTCP and guarded by a lock. Packets that fail authentication are dropped and counted.
/// </remarks>
internal sealed class AudioMediaSession : IDisposable
{
    private const int MaxCatchUpPackets = 5;

    private readonly RtpTransceiver transceiver;
    private readonly PairSender send;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly string canonicalName;
    private readonly SrtpContext outbound;
    private readonly SrtpContext inbound;
    private readonly object sendGate = new();
    private readonly object receiveGate = new();
    private readonly byte[] sendBuffer = new byte[1500];
    private readonly byte[] receiveBuffer = new byte[1500];
    private readonly AudioRtpPayload[] payloads = new AudioRtpPayload[3];
    private readonly RtpPacket outgoing;
    private readonly AudioSendPipeline? sender;
    private readonly AudioReceivePipeline receiver;
    private readonly TrackSink trackSink;
    private readonly ITimer mediaTimer;
    private readonly ITimer rtcpTimer;
    private readonly long startTimestamp;
    private ushort sequence;
    private long packetsDue;
    private long framesPlayed;
    private bool disposed;
    private ulong? lastSenderReportNtp;
    private long lastSenderReportArrival;
    private RtpReceiveCounters? received;

    public AudioMediaSession(RtpTransceiver transceiver, NegotiatedAudio negotiated, SrtpKeyingMaterial keys, PairSender send, TimeProvider time, ILogger logger, string canonicalName)
    {
        Codec = negotiated.Codec;
        this.transceiver = transceiver;
        this.send = send;
        this.time = time;
        this.logger = logger;
        this.canonicalName = canonicalName;
        var profile = (SrtpProfile)keys.Profile;
        outbound = new SrtpContext(profile, keys.LocalMasterKey.Span, keys.LocalMasterSalt.Span);
        inbound = new SrtpContext(profile, keys.RemoteMasterKey.Span, keys.RemoteMasterSalt.Span);
        Profile = keys.Profile;

        // RFC 3550 §5.1: random initial sequence number and timestamp.
        sequence = (ushort)RandomNumberGenerator.GetInt32(0, 0x8000);
        var initialTimestamp = (uint)RandomNumberGenerator.GetInt32(int.MaxValue);
        startTimestamp = time.GetTimestamp();
        outgoing = new RtpPacket { Ssrc = transceiver.LocalSsrc };
        if (transceiver.SendTrack?.Source is { } source)
        {
            sender = new AudioSendPipeline(new TrackSource(transceiver.SendTrack, source), negotiated.Codec, negotiated.TelephoneEvent, initialTimestamp);
        }

        trackSink = new TrackSink(transceiver.ReceiveTrack);
        receiver = new AudioReceivePipeline(negotiated.Codec, negotiated.TelephoneEvent, trackSink, time);
        receiver.DigitReceived += (_, e) => DtmfReceived?.Invoke(this, e);
        mediaTimer = time.CreateTimer(_ => OnTick(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(20));
        rtcpTimer = time.CreateTimer(_ => SendRtcp(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
    }

    /// <summary>Raised once, on the receive thread, when the first SRTP packet was decrypted and accepted.</summary>
    public event EventHandler? FirstPacketReceived;

    /// <summary>Raised on the media timer for each DTMF digit received as RFC 4733 events or detected in the audio.</summary>
    public event EventHandler<Dtmf.DtmfDigitEventArgs>? DtmfReceived;

    public AudioCodecInfo Codec { get; }

    public DtlsSrtpProfile Profile { get; }

    public AudioSendCounters Sent { get; } = new();

    public RemoteReceptionReport RemoteReport { get; } = new();

    public RtpReceiveCounters? Received
    {
        get
        {
            lock (receiveGate)
            {
                return received;
            }
        }
    }

    public long TotalSamplesReceived => trackSink.SamplesPlayed;

    public long SrtpFailures { get; private set; }

    public long RtcpReceived { get; private set; }

    public void ReceiveRtp(ReadOnlySpan<byte> datagram)
    {
        bool first;
        lock (receiveGate)
        {
            if (disposed || datagram.Length > receiveBuffer.Length)
            {
                return;
            }

            var packet = receiveBuffer.AsSpan(0, datagram.Length);
            datagram.CopyTo(packet);
            var status = inbound.UnprotectRtp(packet, out var length);
            if (status != SrtpStatus.Ok || !RtpHeader.TryRead(packet[..length], out var header))
            {
                SrtpFailures++;
                WebRtcLog.RtpDropped(logger, status);
                return;
            }

            first = received is null;
            received ??= new RtpReceiveCounters(header.Ssrc, Codec.ClockRate);
            if (header.Ssrc != received.Ssrc)
            {
                // One audio source per m-line; a second SSRC is not ours to play.
                return;
            }

            if (received.Record(header, time.GetElapsedTime(startTimestamp), time.GetUtcNow()) && transceiver.Receives)
            {
                receiver.ReceiveRtp(header.PayloadType, header.SequenceNumber, header.Timestamp, packet.Slice(header.HeaderLength, header.PayloadLength));
            }
        }

        if (first)
        {
            FirstPacketReceived?.Invoke(this, EventArgs.Empty);
        }
    }

    public void ReceiveRtcp(ReadOnlySpan<byte> datagram)
    {
        lock (receiveGate)
        {
            if (disposed || datagram.Length > receiveBuffer.Length)
            {
                return;
            }

            var packet = receiveBuffer.AsSpan(0, datagram.Length);
            datagram.CopyTo(packet);
            if (inbound.UnprotectRtcp(packet, out var length) != SrtpStatus.Ok)
            {
                SrtpFailures++;
                return;
            }

            RtcpReceived++;
            if (!RtcpCompoundPacket.TryParse(packet[..length], out var packets))
            {
                return;
            }

            var now = time.GetUtcNow();
            var arrivalNtp = NtpTime.FromDateTimeOffset(now);
            foreach (var rtcp in packets)
            {
                var blocks = rtcp switch
                {
                    RtcpSenderReport sr => sr.ReportBlocks,
                    RtcpReceiverReport rr => rr.ReportBlocks,
                    _ => [],
                };
                if (rtcp is RtcpSenderReport report)
                {
                    lastSenderReportNtp = report.NtpTimestamp;
                    lastSenderReportArrival = time.GetTimestamp();
                }

                foreach (var block in blocks.Where(b => b.Ssrc == transceiver.LocalSsrc))
                {
                    RemoteReport.Apply(block, arrivalNtp, Codec.ClockRate, now);
                }
            }
        }
    }

    public void Dispose()
    {
        mediaTimer.Dispose();
        rtcpTimer.Dispose();
        lock (sendGate)
        {
            lock (receiveGate)
            {
                disposed = true;
                sender?.Dispose();
                receiver.Dispose();
                outbound.Dispose();
                inbound.Dispose();
            }
        }
    }

    /// <summary>Queues DTMF on the send pipeline (RFC 4733 when negotiated, tones otherwise).</summary>
    /// <returns>False when this side sends no audio.</returns>
    public bool InsertDtmf(string tones, Dtmf.DtmfToneOptions? options)
    {
        lock (sendGate)
        {
            if (disposed || sender is null)
            {
                return false;
            }

            sender.SendDtmf(tones, options);
            return true;
        }
    }

    private void OnTick()
    {
        var due = (long)(time.GetElapsedTime(startTimestamp).TotalMilliseconds / 20) + 1;
        SendDue(due);
        PlayDue(due);
    }

    private void PlayDue(long due)
    {
        lock (receiveGate)
        {
            // Playout starts with the first packet, so the jitter buffer is not drained into silence before media.
            if (disposed || received is null)
            {
                framesPlayed = due;
                return;
            }

            var pending = Math.Min(due - framesPlayed, MaxCatchUpPackets);
            framesPlayed = due;
            for (var i = 0; i < pending; i++)
            {
                receiver.PlayFrame();
            }
        }
    }

    private void SendDue(long due)
    {
        lock (sendGate)
        {
            if (disposed || !transceiver.Sends || sender is null)
            {
                packetsDue = due;
                return;
            }

            var pending = Math.Min(due - packetsDue, MaxCatchUpPackets);
            packetsDue = due;
            for (var i = 0; i < pending; i++)
            {
                SendFrame(sender);
            }
        }
    }

    private void SendFrame(AudioSendPipeline pipeline)
    {
        var count = pipeline.NextFrame(payloads);
        for (var i = 0; i < count; i++)
        {
            var item = payloads[i];
            outgoing.SequenceNumber = sequence++;
            outgoing.Timestamp = item.Timestamp;
            outgoing.Marker = item.Marker;
            outgoing.PayloadType = (byte)item.PayloadType;
            outgoing.Payload = item.Payload;
            var rtpLength = outgoing.Write(sendBuffer);
            if (outbound.ProtectRtp(sendBuffer, rtpLength, out var length) == SrtpStatus.Ok && send(sendBuffer.AsSpan(0, length)))
            {
                Sent.Record(rtpLength - item.Payload.Length, item.Payload.Length, item.Timestamp, time.GetUtcNow());
            }
        }
    }

    private void SendRtcp()
    {
        lock (sendGate)
        {
            if (disposed)
            {
                return;
            }

            var now = time.GetUtcNow();
            RtcpPacket report = Sent.PacketsSent > 0
                ? new RtcpSenderReport
                {
                    Ssrc = transceiver.LocalSsrc,
                    NtpTimestamp = NtpTime.FromDateTimeOffset(now),
                    RtpTimestamp = Sent.LastRtpTimestamp,
                    PacketCount = (uint)Sent.PacketsSent,
                    OctetCount = (uint)Sent.BytesSent,
                }
                : new RtcpReceiverReport { Ssrc = transceiver.LocalSsrc };
            if (ReportBlock() is { } block)
            {
                (report is RtcpSenderReport sr ? sr.ReportBlocks : ((RtcpReceiverReport)report).ReportBlocks).Add(block);
            }

            // RFC 3550 §6.1: every compound packet carries an SDES CNAME.
            var sdes = new RtcpSourceDescription();
            sdes.Chunks.Add(new RtcpSourceDescriptionChunk(transceiver.LocalSsrc, [RtcpSourceDescriptionItem.FromText(RtcpSourceDescriptionItemType.CanonicalName, canonicalName)]));
            var length = RtcpCompoundPacket.Write([report, sdes], sendBuffer);
            if (outbound.ProtectRtcp(sendBuffer, length, out var protectedLength) == SrtpStatus.Ok)
            {
                send(sendBuffer.AsSpan(0, protectedLength));
            }
        }
    }

    private RtcpReportBlock? ReportBlock()
    {
        lock (receiveGate)
        {
            // DLSR counts from the arrival of the peer's last SR (RFC 3550 §6.4.1).
            return received is null
                ? null
                : RtcpReportBlock.FromStatistics(received.Ssrc, received.Statistics, lastSenderReportNtp, time.GetElapsedTime(lastSenderReportArrival));
        }
    }
}
