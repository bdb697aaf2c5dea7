// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Dtls;
using Kandy.Media.Ice;

namespace Kandy.Media.WebRtc;

/// <summary>W3C webrtc-stats for the bundled transport and the audio streams.</summary>
public sealed partial class PeerConnection
{
    private const string TransportId = "T01";

    /// <summary>Reads the statistics (W3C <c>getStats</c>): inbound-rtp, outbound-rtp, remote-inbound-rtp, candidate-pair, local-candidate, remote-candidate, transport, certificate, codec.</summary>
    /// <param name="cancellationToken">Unused; the counters are read in place.</param>
    /// <returns>The report.</returns>
    public Task<RtcStatsReport> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var now = options.TimeProvider.GetUtcNow();
        var stats = new List<RtcStats>();
        void Add(string id, string type, Dictionary<string, object?> members) => stats.Add(new RtcStats(id, type, now, members));

        var pair = agent?.SelectedPair;
        var transport = dtls;
        var session = media;
        var transceiver = FirstTransceiver();
        var localCertificate = "CF" + LocalFingerprint.ToString()[8..].Replace(":", string.Empty, StringComparison.Ordinal)[..16];
        var remoteFingerprint = transport?.RemoteCertificateFingerprint;
        var remoteCertificate = remoteFingerprint is null ? null : "CF" + remoteFingerprint.ToString()[8..].Replace(":", string.Empty, StringComparison.Ordinal)[..16];

        Add(TransportId, "transport", new()
        {
            ["bytesSent"] = pair?.BytesSent ?? 0,
            ["bytesReceived"] = pair?.BytesReceived ?? 0,
            ["packetsSent"] = pair?.PacketsSent ?? 0,
            ["packetsReceived"] = pair?.PacketsReceived ?? 0,
            ["iceState"] = IceConnectionState.ToString().ToLowerInvariant(),
            ["iceRole"] = agent?.Role == IceRole.Controlling ? "controlling" : "controlled",
            ["dtlsState"] = DtlsState.ToString().ToLowerInvariant(),
            ["dtlsRole"] = transport is null ? "unknown" : transport.Role == DtlsRole.Client ? "client" : "server",
            ["srtpCipher"] = transport?.SrtpProfile is { } profile ? CipherName(profile) : null,
            ["tlsVersion"] = transport?.State == DtlsState.Connected ? "FEFD" : null,
            ["selectedCandidatePairId"] = pair is null ? null : PairId(pair),
            ["localCertificateId"] = localCertificate,
            ["remoteCertificateId"] = remoteCertificate,
        });
        Add(localCertificate, "certificate", Certificate(LocalFingerprint, (options.Certificate ?? DtlsCertificate.Default).RawData));
        // Two ends in one process may share the process-wide certificate: one stats object then.
        if (remoteFingerprint is not null && remoteCertificate != localCertificate)
        {
            Add(remoteCertificate!, "certificate", Certificate(remoteFingerprint, null));
        }

        if (pair is not null)
        {
            Add(PairId(pair), "candidate-pair", new()
            {
                ["transportId"] = TransportId,
                ["localCandidateId"] = CandidateId("L", pair.Local),
                ["remoteCandidateId"] = CandidateId("R", pair.Remote),
                ["state"] = pair.State.ToString().ToLowerInvariant(),
                ["nominated"] = pair.Nominated,
                ["bytesSent"] = pair.BytesSent,
                ["bytesReceived"] = pair.BytesReceived,
                ["packetsSent"] = pair.PacketsSent,
                ["packetsReceived"] = pair.PacketsReceived,
                ["currentRoundTripTime"] = pair.CurrentRoundTripTime?.TotalSeconds,
                ["requestsSent"] = pair.RequestsSent,
                ["requestsReceived"] = pair.RequestsReceived,
                ["responsesSent"] = pair.ResponsesSent,
                ["responsesReceived"] = pair.ResponsesReceived,
            });
            Add(CandidateId("L", pair.Local), "local-candidate", Candidate(pair.Local));
            Add(CandidateId("R", pair.Remote), "remote-candidate", Candidate(pair.Remote));
        }

        if (transceiver is not null)
        {
            AddStreams(Add, transceiver, session);
        }

        return Task.FromResult(new RtcStatsReport(stats));
    }

    private static void AddStreams(Action<string, string, Dictionary<string, object?>> add, RtpTransceiver transceiver, AudioMediaSession? session)
    {
        const string OutboundCodec = "COT01_0";
        const string InboundCodec = "CIT01_0";
        var outboundId = "OT01A" + transceiver.LocalSsrc;
        var remoteInboundId = "RIA" + transceiver.LocalSsrc;
        if (session is not null)
        {
            add(OutboundCodec, "codec", Codec(session.Codec));
            add(InboundCodec, "codec", Codec(session.Codec));
        }

        add(outboundId, "outbound-rtp", new()
        {
            ["ssrc"] = transceiver.LocalSsrc,
            ["kind"] = "audio",
            ["mid"] = transceiver.Mid,
            ["transportId"] = TransportId,
            ["codecId"] = OutboundCodec,
            ["packetsSent"] = session?.Sent.PacketsSent ?? 0,
            ["bytesSent"] = session?.Sent.BytesSent ?? 0,
            ["headerBytesSent"] = session?.Sent.HeaderBytesSent ?? 0,
            ["remoteId"] = session?.RemoteReport.ReportsReceived > 0 ? remoteInboundId : null,
            ["active"] = transceiver.Sends,
        });
        if (session is { RemoteReport.ReportsReceived: > 0 } reported)
        {
            var report = reported.RemoteReport;
            add(remoteInboundId, "remote-inbound-rtp", new()
            {
                ["ssrc"] = transceiver.LocalSsrc,
                ["kind"] = "audio",
                ["transportId"] = TransportId,
                ["codecId"] = OutboundCodec,
                ["localId"] = outboundId,
                ["packetsLost"] = report.PacketsLost,
                ["fractionLost"] = report.FractionLost,
                ["jitter"] = report.JitterSeconds,
                ["roundTripTime"] = report.RoundTripTime,
                ["totalRoundTripTime"] = report.TotalRoundTripTime,
                ["roundTripTimeMeasurements"] = report.RoundTripTimeMeasurements,
            });
        }

        if (session?.Received is { } received)
        {
            add("IT01A" + received.Ssrc, "inbound-rtp", new()
            {
                ["ssrc"] = received.Ssrc,
                ["kind"] = "audio",
                ["mid"] = transceiver.Mid,
                ["transportId"] = TransportId,
                ["codecId"] = InboundCodec,
                ["trackIdentifier"] = transceiver.ReceiveTrack.Id,
                ["packetsReceived"] = received.Statistics.PacketsReceived,
                ["bytesReceived"] = received.BytesReceived,
                ["headerBytesReceived"] = received.HeaderBytesReceived,
                ["packetsLost"] = (long)received.Statistics.CumulativeLost,
                ["jitter"] = received.Statistics.JitterSeconds,
                ["lastPacketReceivedTimestamp"] = received.LastPacketReceived?.ToUnixTimeMilliseconds(),
                ["totalSamplesReceived"] = session.TotalSamplesReceived,
            });
        }
    }

    private static Dictionary<string, object?> Codec(Codecs.AudioCodecInfo codec) => new()
    {
        ["transportId"] = TransportId,
        ["payloadType"] = codec.PayloadType,
        ["mimeType"] = "audio/" + codec.Name,
        ["clockRate"] = codec.ClockRate,
        ["channels"] = codec.Channels,
    };

    private static Dictionary<string, object?> Certificate(DtlsFingerprint fingerprint, ReadOnlyMemory<byte>? der) => new()
    {
        ["fingerprint"] = fingerprint.ToString()[(fingerprint.Algorithm.Length + 1)..],
        ["fingerprintAlgorithm"] = fingerprint.Algorithm,
        ["base64Certificate"] = der is { } bytes ? Convert.ToBase64String(bytes.Span) : null,
    };

    private static Dictionary<string, object?> Candidate(IceCandidate candidate) => new()
    {
        ["transportId"] = TransportId,
        ["address"] = candidate.EndPoint.Address.ToString(),
        ["port"] = candidate.EndPoint.Port,
        ["protocol"] = candidate.Protocol,
        ["candidateType"] = candidate.Type switch
        {
            IceCandidateType.Host => "host",
            IceCandidateType.ServerReflexive => "srflx",
            IceCandidateType.PeerReflexive => "prflx",
            _ => "relay",
        },
        ["priority"] = candidate.Priority,
        ["foundation"] = candidate.Foundation,
    };

    /// <summary>The names W3C stats use for the SRTP profiles (as browsers report them).</summary>
    private static string CipherName(DtlsSrtpProfile profile) => profile switch
    {
        DtlsSrtpProfile.Aes128CmHmacSha1Tag80 => "AES_CM_128_HMAC_SHA1_80",
        DtlsSrtpProfile.Aes128CmHmacSha1Tag32 => "AES_CM_128_HMAC_SHA1_32",
        _ => "AEAD_AES_128_GCM",
    };

    private static string CandidateId(string side, IceCandidate candidate) => $"I{side}{candidate.Foundation}_{candidate.EndPoint.Port}";

    private static string PairId(IceCandidatePair pair) => $"CP{pair.Local.Foundation}_{pair.Local.EndPoint.Port}_{pair.Remote.EndPoint.Port}";
}
