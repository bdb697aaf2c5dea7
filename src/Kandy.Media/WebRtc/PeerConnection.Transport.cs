// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using System.Net;
using Kandy.Media.Dtls;
using Kandy.Media.Ice;
using IceServerEndPoint = Kandy.Media.Ice.IceServer;

namespace Kandy.Media.WebRtc;

/// <summary>The bundled transport: ICE agent, RFC 7983 demultiplexing, DTLS, then the SRTP media session.</summary>
public sealed partial class PeerConnection
{
    /// <summary>DTLS records that arrive before DTLS is set up (the peer may be quicker); a few are kept, not dropped.</summary>
    private const int EarlyDtlsLimit = 16;

    /// <summary>SRTP that arrives between the peer's end of the handshake and ours: kept until the keys are ready.</summary>
    private const int EarlyMediaLimit = 32;

    private readonly Queue<byte[]> earlyDtls = new();
    private readonly Queue<byte[]> earlyMedia = new();
    private IceAgent? agent;
    private DtlsSrtpTransport? dtls;
    private AudioMediaSession? media;
    private RemoteAudioTransport? remoteAudio;
    private bool remoteIceLite;
    private long remoteDescriptionSetAt;
    private long droppedDatagrams;

    /// <summary>Gets the time from <see cref="SetRemoteDescriptionAsync"/> to the first decrypted SRTP packet.</summary>
    public TimeSpan? TimeToFirstMedia { get; private set; }

    /// <summary>Gets the number of received datagrams dropped: unknown protocol, no keys yet, failed authentication.</summary>
    public long DroppedDatagrams => Interlocked.Read(ref droppedDatagrams) + (media?.SrtpFailures ?? 0);

    private async Task<IceAgent> EnsureAgentAsync(IceRole role, CancellationToken cancellationToken)
    {
        var servers = agent is null ? await ResolveServersAsync(cancellationToken).ConfigureAwait(false) : [];
        IceAgent? created = null;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            if (agent is null)
            {
                var iceOptions = new IceAgentOptions
                {
                    // RFC 8445 §6.1.1: facing a lite agent, we control.
                    Role = remoteIceLite ? IceRole.Controlling : role,
                    IncludeLoopback = options.IncludeLoopback,
                    RelayOnly = options.IceTransportPolicy == IceTransportPolicy.Relay,
                    TimeProvider = options.TimeProvider,
                    LoggerFactory = options.LoggerFactory,
                };
                foreach (var server in servers)
                {
                    iceOptions.Servers.Add(server);
                }

                agent = created = new IceAgent(iceOptions);
            }
        }

        if (created is not null)
        {
            created.StateChanged += (_, _) => OnIceStateChanged();
            created.DatagramReceived += OnDatagram;
            if (remoteAudio is { } audio)
            {
                ApplyRemoteTransport(audio);
            }
        }

        await agent!.GatherAsync(cancellationToken).ConfigureAwait(false);
        return agent;
    }

    private void ApplyRemoteTransport(RemoteAudioTransport audio)
    {
        if (agent is null)
        {
            return;
        }

        agent.SetRemoteCredentials(audio.IceUsernameFragment, audio.IcePassword);
        foreach (var candidate in audio.Candidates)
        {
            agent.AddRemoteCandidate(candidate);
        }
    }

    private void StartDtls(DtlsRole role, RemoteAudioTransport remote)
    {
        DtlsSrtpTransport transport;
        byte[][] early;
        lock (gate)
        {
            if (dtls is not null || closed)
            {
                return;
            }

            transport = new DtlsSrtpTransport(
                new DtlsSrtpTransportOptions
                {
                    Role = role,
                    Certificate = options.Certificate,
                    RemoteFingerprints = [remote.Fingerprint],
                    SrtpProfiles = options.SrtpProfiles,
                    LoggerFactory = options.LoggerFactory,
                },
                datagram => agent?.Send(datagram));
            transport.StateChanged += (_, _) => OnDtlsStateChanged();
            dtls = transport;
            early = earlyDtls.ToArray();
            earlyDtls.Clear();
        }

        foreach (var datagram in early)
        {
            transport.ReceiveDatagram(datagram);
        }

        // Both roles wait for a selected pair: a server flight answering an early ClientHello would otherwise be
        // dropped by the agent, and only the peer's retransmission (about 50 ms later) would recover it.
        if (IceConnectionState is IceConnectionState.Connected or IceConnectionState.Completed)
        {
            BeginHandshake(transport);
        }
    }

    private void BeginHandshake(DtlsSrtpTransport transport) =>
        _ = transport.StartAsync().ContinueWith(
            task =>
            {
                if (task.IsCompletedSuccessfully)
                {
                    StartMedia(task.Result);
                }
                else if (task.Exception?.InnerException is { } error)
                {
                    WebRtcLog.DtlsFailed(logger, error);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    private void StartMedia(SrtpKeyingMaterial keys)
    {
        lock (gate)
        {
            if (closed || media is not null)
            {
                return;
            }

            var transceiver = transceivers[0];
            var session = new AudioMediaSession(transceiver, negotiated!, keys, datagram => agent?.Send(datagram) ?? false, options.TimeProvider, logger, canonicalName);
            session.FirstPacketReceived += (_, _) => TimeToFirstMedia = Stopwatch.GetElapsedTime(remoteDescriptionSetAt);
            session.DtmfReceived += (_, e) => DtmfReceived?.Invoke(this, e);
            while (earlyMedia.TryDequeue(out var datagram))
            {
                Deliver(session, DatagramDemultiplexer.Classify(datagram), datagram);
            }

            media = session;
        }
    }

    /// <summary>Holds SRTP that the peer sent once its handshake ended but before our keys exist.</summary>
    /// <returns>False when the datagram must be dropped (no handshake running, or too many held).</returns>
    private bool KeepEarlyMedia(DatagramKind kind, ReadOnlySpan<byte> datagram)
    {
        AudioMediaSession? ready;
        lock (gate)
        {
            ready = media;
            if (ready is null)
            {
                if (dtls?.State is not (DtlsState.Connecting or DtlsState.Connected) || earlyMedia.Count >= EarlyMediaLimit)
                {
                    return false;
                }

                earlyMedia.Enqueue(datagram.ToArray());
                return true;
            }
        }

        // The keys arrived between the caller's look and ours.
        Deliver(ready, kind, datagram);
        return true;
    }

    private static void Deliver(AudioMediaSession session, DatagramKind kind, ReadOnlySpan<byte> datagram)
    {
        if (kind == DatagramKind.Rtp)
        {
            session.ReceiveRtp(datagram);
        }
        else
        {
            session.ReceiveRtcp(datagram);
        }
    }

    private void OnIceStateChanged()
    {
        Raise(IceConnectionStateChanged);
        if (IceConnectionState is IceConnectionState.Connected or IceConnectionState.Completed
            && dtls is { State: DtlsState.New } waiting)
        {
            BeginHandshake(waiting);
        }

        UpdateConnectionState();
    }

    private void OnDtlsStateChanged()
    {
        Raise(DtlsStateChanged);
        UpdateConnectionState();
    }

    private void OnDatagram(IceCandidatePair pair, ReadOnlySpan<byte> datagram)
    {
        var kind = DatagramDemultiplexer.Classify(datagram);
        switch (kind)
        {
            case DatagramKind.Dtls:
                ReceiveDtls(datagram);
                return;
            case DatagramKind.Rtp when media is { } session:
                session.ReceiveRtp(datagram);
                return;
            case DatagramKind.Rtcp when media is { } session:
                session.ReceiveRtcp(datagram);
                return;
            case DatagramKind.Rtp or DatagramKind.Rtcp when KeepEarlyMedia(kind, datagram):
                return;
            default:
                Interlocked.Increment(ref droppedDatagrams);
                WebRtcLog.DatagramDropped(logger, kind, media is null ? "no SRTP keys" : "not media");
                return;
        }
    }

    private void ReceiveDtls(ReadOnlySpan<byte> datagram)
    {
        DtlsSrtpTransport? transport;
        lock (gate)
        {
            transport = dtls;
            if (transport is null)
            {
                if (earlyDtls.Count < EarlyDtlsLimit)
                {
                    earlyDtls.Enqueue(datagram.ToArray());
                }
                else
                {
                    Interlocked.Increment(ref droppedDatagrams);
                }

                return;
            }
        }

        transport.ReceiveDatagram(datagram);
    }

    private async Task<List<IceServerEndPoint>> ResolveServersAsync(CancellationToken cancellationToken)
    {
        var servers = new List<IceServerEndPoint>();
        foreach (var server in options.IceServers)
        {
            foreach (var url in server.Urls)
            {
                if (await ResolveAsync(url, cancellationToken).ConfigureAwait(false) is { } endPoint)
                {
                    var turn = url.StartsWith("turn:", StringComparison.OrdinalIgnoreCase);
                    servers.Add(new IceServerEndPoint(endPoint, turn ? server.UserName : null, turn ? server.Credential : null));
                }
            }
        }

        return servers;
    }

    /// <summary>Reads <c>stun:host[:port]</c> or <c>turn:host[:port][?transport=udp]</c> (RFC 7064, RFC 7065); UDP only.</summary>
    private static async Task<IPEndPoint?> ResolveAsync(string url, CancellationToken cancellationToken)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (colon < 0 || (query >= 0 && !url[query..].Contains("transport=udp", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var hostPort = query < 0 ? url[(colon + 1)..] : url[(colon + 1)..query];
        var portSeparator = hostPort.LastIndexOf(':');
        var host = portSeparator > 0 && !hostPort.EndsWith(']') ? hostPort[..portSeparator] : hostPort;
        var port = portSeparator > 0 && int.TryParse(hostPort[(portSeparator + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 3478;
        host = host.Trim('[', ']');
        if (IPAddress.TryParse(host, out var address))
        {
            return new IPEndPoint(address, port);
        }

        var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        return addresses.Length == 0 ? null : new IPEndPoint(addresses[0], port);
    }
}
