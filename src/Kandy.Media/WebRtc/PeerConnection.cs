// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Security.Cryptography;
using Kandy.Media.Dtls;
using Kandy.Media.Ice;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kandy.Media.WebRtc;

/// <summary>
/// A WebRTC peer connection for audio in .NET style (W3C <c>RTCPeerConnection</c>): offer/answer with complete
/// descriptions (no trickle), one bundled transport with rtcp-mux, ICE (RFC 8445), DTLS-SRTP (RFC 5763/5764), PCMU.
/// </summary>
/// <remarks>
/// One socket carries STUN, DTLS and SRTP/SRTCP; received datagrams are told apart by their first byte (RFC 7983).
/// A certificate that does not match the remote <c>a=fingerprint</c> fails the connection: no SRTP keys, no media.
/// </remarks>
public sealed partial class PeerConnection : IAsyncDisposable
{
    private readonly PeerConnectionOptions options;
    private readonly ILogger logger;
    private readonly object gate = new();
    private readonly List<RtpTransceiver> transceivers = [];
    private readonly ulong sessionId = (ulong)RandomNumberGenerator.GetInt32(1, int.MaxValue);
    private readonly string canonicalName = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12));
    private PeerConnectionState connectionState = PeerConnectionState.New;
    private bool closed;

    /// <summary>Creates a peer connection; nothing is gathered or sent until an offer or answer is made.</summary>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    public PeerConnection(PeerConnectionOptions? options = null)
    {
        this.options = options ?? new PeerConnectionOptions();
        logger = this.options.LoggerFactory?.CreateLogger<PeerConnection>() ?? NullLogger<PeerConnection>.Instance;
    }

    /// <summary>Raised after <see cref="IceConnectionState"/> changed.</summary>
    public event EventHandler? IceConnectionStateChanged;

    /// <summary>Raised after <see cref="DtlsState"/> changed.</summary>
    public event EventHandler? DtlsStateChanged;

    /// <summary>Raised after <see cref="ConnectionState"/> changed.</summary>
    public event EventHandler? ConnectionStateChanged;

    /// <summary>Gets the ICE connection state of the bundled transport.</summary>
    public IceConnectionState IceConnectionState => agent?.State ?? IceConnectionState.New;

    /// <summary>Gets the DTLS state of the bundled transport.</summary>
    public DtlsState DtlsState => dtls?.State ?? DtlsState.New;

    /// <summary>Gets the aggregate state (W3C rules: failed wins, then connecting, then connected).</summary>
    public PeerConnectionState ConnectionState
    {
        get
        {
            lock (gate)
            {
                return connectionState;
            }
        }
    }

    /// <summary>Gets why DTLS failed, when it did (e.g. <see cref="DtlsError.FingerprintMismatch"/>).</summary>
    public DtlsException? DtlsError => dtls?.Error;

    /// <summary>Gets the transceivers in m-line order.</summary>
    public IReadOnlyList<RtpTransceiver> Transceivers
    {
        get
        {
            lock (gate)
            {
                return transceivers.ToArray();
            }
        }
    }

    /// <summary>Gets the description applied with <see cref="SetLocalDescriptionAsync"/>.</summary>
    public SessionDescription? LocalDescription { get; private set; }

    /// <summary>Gets the description applied with <see cref="SetRemoteDescriptionAsync"/>.</summary>
    public SessionDescription? RemoteDescription { get; private set; }

    /// <summary>Gets the local certificate's fingerprint, as put in <c>a=fingerprint</c>.</summary>
    public DtlsFingerprint LocalFingerprint => (options.Certificate ?? DtlsCertificate.Default).Fingerprint;

    /// <summary>Adds an audio transceiver (W3C <c>addTransceiver</c>).</summary>
    /// <param name="track">The local track to send, or <see langword="null"/> to only receive.</param>
    /// <param name="direction">The preferred direction.</param>
    /// <returns>The transceiver.</returns>
    public RtpTransceiver AddTransceiver(AudioTrack? track, RtpTransceiverDirection direction = RtpTransceiverDirection.SendReceive)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            if (transceivers.Count > 0)
            {
                throw new NotSupportedException("One audio transceiver per peer connection is supported.");
            }

            var transceiver = new RtpTransceiver(track, direction, (uint)RandomNumberGenerator.GetInt32(1, int.MaxValue));
            transceivers.Add(transceiver);
            return transceiver;
        }
    }

    /// <summary>Stops media, sends DTLS close_notify and releases the sockets.</summary>
    /// <returns>A task that completes when everything is released.</returns>
    public ValueTask CloseAsync()
    {
        AudioMediaSession? session;
        DtlsSrtpTransport? transport;
        IceAgent? iceAgent;
        lock (gate)
        {
            if (closed)
            {
                return ValueTask.CompletedTask;
            }

            closed = true;
            session = media;
            transport = dtls;
            iceAgent = agent;
            media = null;
        }

        session?.Dispose();
        transport?.Dispose();
        iceAgent?.Close();
        UpdateConnectionState();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => CloseAsync();

    private void UpdateConnectionState()
    {
        PeerConnectionState next;
        lock (gate)
        {
            next = closed ? PeerConnectionState.Closed : Aggregate(IceConnectionState, DtlsState);
            if (next == connectionState)
            {
                return;
            }

            connectionState = next;
        }

        WebRtcLog.StateChanged(logger, next);
        Raise(ConnectionStateChanged);
    }

    private static PeerConnectionState Aggregate(IceConnectionState ice, DtlsState dtlsState) => (ice, dtlsState) switch
    {
        (IceConnectionState.Failed, _) or (_, DtlsState.Failed) => PeerConnectionState.Failed,
        (IceConnectionState.Disconnected, _) => PeerConnectionState.Disconnected,
        (IceConnectionState.Connected or IceConnectionState.Completed, DtlsState.Connected) => PeerConnectionState.Connected,
        (IceConnectionState.New, DtlsState.New) => PeerConnectionState.New,
        (IceConnectionState.Closed, _) or (_, DtlsState.Closed) => PeerConnectionState.Closed,
        _ => PeerConnectionState.Connecting,
    };

    private void Raise(EventHandler? handler)
    {
        try
        {
            handler?.Invoke(this, EventArgs.Empty);
        }
#pragma warning disable CA1031 // A subscriber's bug must not break the receive path.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            WebRtcLog.HandlerFailed(logger, ex);
        }
    }
}
