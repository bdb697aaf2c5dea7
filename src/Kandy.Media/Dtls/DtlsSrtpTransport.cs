// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Org.BouncyCastle.Tls;

namespace Kandy.Media.Dtls;

/// <summary>One DTLS-SRTP association (RFC 5764) over datagrams that the owner routes in and out.</summary>
/// <remarks>
/// The owner feeds received DTLS records (first byte 20–63, RFC 7983) to <see cref="ReceiveDatagram"/> and
/// sends what the <see cref="DatagramSendCallback"/> gives it on the selected ICE pair.
/// BouncyCastle's blocking handshake runs on its own thread with its own retransmission timers.
/// </remarks>
public sealed class DtlsSrtpTransport : IDisposable
{
    private readonly DtlsSrtpTransportOptions options;
    private readonly DtlsHandshakePolicy policy;
    private readonly QueuedDatagramTransport wire;
    private readonly ILogger logger;
    private readonly object gate = new();
    private readonly TaskCompletionSource<SrtpKeyingMaterial> connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DtlsTransport? association;
    private Task? worker;
    private DtlsState state = DtlsState.New;
    private bool disposed;
    private volatile int workerThreadId;

    /// <summary>Creates the transport; nothing is sent until <see cref="StartAsync"/>.</summary>
    /// <param name="options">Role, certificate, remote fingerprints and SRTP profiles.</param>
    /// <param name="send">Sends one datagram to the peer.</param>
    public DtlsSrtpTransport(DtlsSrtpTransportOptions options, DatagramSendCallback send)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(send);
        this.options = options;
        logger = options.LoggerFactory?.CreateLogger<DtlsSrtpTransport>() ?? NullLogger<DtlsSrtpTransport>.Instance;
        policy = new DtlsHandshakePolicy(options);
        wire = new QueuedDatagramTransport(send, ex => DtlsLog.SendFailed(logger, ex));
    }

    /// <summary>Raised after <see cref="State"/> changed, outside any lock.</summary>
    public event EventHandler? StateChanged;

    /// <summary>Gets the current state.</summary>
    public DtlsState State
    {
        get
        {
            lock (gate)
            {
                return state;
            }
        }
    }

    /// <summary>Gets the role this endpoint plays.</summary>
    public DtlsRole Role => options.Role;

    /// <summary>Gets the local certificate's fingerprint (for <c>a=fingerprint</c> and stats).</summary>
    public DtlsFingerprint LocalFingerprint => policy.Certificate.Fingerprint;

    /// <summary>Gets the SHA-256 fingerprint of the certificate the peer presented, once connected.</summary>
    public DtlsFingerprint? RemoteCertificateFingerprint => policy.PeerCertificateFingerprint;

    /// <summary>Gets the negotiated SRTP profile, once connected.</summary>
    public DtlsSrtpProfile? SrtpProfile => policy.SelectedProfile;

    /// <summary>Gets why the association failed, once <see cref="State"/> is <see cref="DtlsState.Failed"/>.</summary>
    public DtlsException? Error { get; private set; }

    /// <summary>Gets how many received datagrams were dropped (queue full, or after close).</summary>
    public long DroppedDatagrams => wire.Dropped;

    /// <summary>Starts the handshake and waits for the SRTP keys.</summary>
    /// <param name="cancellationToken">Aborts the handshake.</param>
    /// <returns>The exported keying material.</returns>
    /// <exception cref="DtlsException">The handshake failed; <see cref="DtlsException.IsSecurityError"/> on a fingerprint mismatch.</exception>
    public Task<SrtpKeyingMaterial> StartAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (worker is null)
            {
                worker = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
        }

        if (cancellationToken.CanBeCanceled)
        {
            var registration = cancellationToken.Register(() => wire.Close());
            _ = connected.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return connected.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Hands a received DTLS record to the association.</summary>
    /// <param name="datagram">The datagram, first byte 20–63.</param>
    /// <returns>Whether it was accepted; a full queue or a closed association drops it.</returns>
    public bool ReceiveDatagram(ReadOnlySpan<byte> datagram) => wire.Enqueue(datagram);

    /// <summary>Sends close_notify and stops; SRTP keys already handed out stay valid for the owner to discard.</summary>
    public void Close()
    {
        DtlsTransport? open;
        lock (gate)
        {
            open = association;
            association = null;
        }

        try
        {
            open?.Close();
        }
        catch (IOException ex)
        {
            DtlsLog.SendFailed(logger, ex);
        }

        wire.Close();
        if (open is not null)
        {
            DtlsLog.Closed(logger, Role, false);
        }

        SetState(DtlsState.Closed);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
        }

        Close();

        // A StateChanged handler may dispose us from the DTLS thread itself; it must not wait for itself.
        if (Environment.CurrentManagedThreadId != workerThreadId)
        {
            worker?.Wait(TimeSpan.FromSeconds(5));
        }

        wire.Dispose();
        connected.TrySetException(new ObjectDisposedException(nameof(DtlsSrtpTransport)));
    }

    private void Run()
    {
        workerThreadId = Environment.CurrentManagedThreadId;
        SetState(DtlsState.Connecting);
        DtlsLog.HandshakeStarted(logger, Role);
        var clock = Stopwatch.StartNew();
        SrtpKeyingMaterial keys;
        DtlsTransport transport;
        try
        {
            (transport, keys) = Handshake();
        }
        catch (Exception ex) when (ex is IOException or TlsException or InvalidOperationException or ArgumentException)
        {
            Fail(Classify(ex));
            return;
        }

        lock (gate)
        {
            association = transport;
        }

        DtlsLog.Connected(logger, Role, keys.Profile, clock.ElapsedMilliseconds);
        SetState(DtlsState.Connected);
        connected.TrySetResult(keys);
        ReadUntilClosed(transport);
    }

    private (DtlsTransport Transport, SrtpKeyingMaterial Keys) Handshake()
    {
        if (Role == DtlsRole.Client)
        {
            var client = new DtlsSrtpClient(policy);
            var transport = new DtlsClientProtocol().Connect(client, wire);
            return (transport, client.Keys!);
        }

        var server = new DtlsSrtpServer(policy);
        var accepted = new DtlsServerProtocol().Accept(server, wire);
        return (accepted, server.Keys!);
    }

    /// <summary>Keeps reading so alerts (close_notify, fatal) are processed; WebRTC audio sends no DTLS application data.</summary>
    private void ReadUntilClosed(DtlsTransport transport)
    {
        var buffer = new byte[transport.GetReceiveLimit()];
        try
        {
            while (!policy.CloseNotifyReceived && State == DtlsState.Connected)
            {
                var length = transport.Receive(buffer, 0, buffer.Length, 1000);
                if (length > 0)
                {
                    DtlsLog.ApplicationDataIgnored(logger, length);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or TlsException or ObjectDisposedException)
        {
            if (State == DtlsState.Connected && !policy.CloseNotifyReceived)
            {
                Fail(Classify(ex));
                return;
            }
        }

        if (policy.CloseNotifyReceived)
        {
            DtlsLog.Closed(logger, Role, true);
            SetState(DtlsState.Closed);
        }
    }

    private DtlsException Classify(Exception ex)
    {
        if (policy.Failure is { } own)
        {
            return new DtlsException(own.Error, own.Message, ex);
        }

        if (ex is TlsTimeoutException)
        {
            return new DtlsException(DtlsError.Timeout, "The DTLS handshake timed out.", ex);
        }

        if (policy.ReceivedAlert is { } alert)
        {
            return new DtlsException(DtlsError.AlertReceived, $"The peer sent the fatal alert {DtlsAlerts.Describe(alert)}.", ex);
        }

        return new DtlsException(DtlsError.ProtocolError, "The DTLS association failed: " + ex.Message, ex);
    }

    private void Fail(DtlsException error)
    {
        Error = error;
        DtlsLog.Failed(logger, Role, error.Error, error);
        SetState(DtlsState.Failed);
        connected.TrySetException(error);
    }

    private void SetState(DtlsState next)
    {
        lock (gate)
        {
            // Closed and Failed are final.
            if (state == next || state is DtlsState.Closed or DtlsState.Failed)
            {
                return;
            }

            state = next;
        }

        try
        {
            StateChanged?.Invoke(this, EventArgs.Empty);
        }
#pragma warning disable CA1031 // A subscriber's bug must not kill the DTLS thread.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            DtlsLog.HandlerFailed(logger, ex);
        }
    }
}
