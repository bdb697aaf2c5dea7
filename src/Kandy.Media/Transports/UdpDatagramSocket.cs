// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kandy.Media.Transports;

/// <summary>
/// An unconnected UDP socket with a receive loop that survives everything the network can throw at it:
/// ICMP-caused <see cref="SocketException"/>s, handler exceptions and oversized datagrams are counted, logged at
/// debug and skipped. Only <see cref="Dispose"/> ends the loop.
/// </summary>
public sealed class UdpDatagramSocket : IDatagramSocket
{
    private const int MaxDatagramSize = 65_536;

    private readonly Socket _socket;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _closing = new();
    private DatagramReceivedHandler? _received;
    private int _started;
    private long _receivedCount;
    private long _droppedCount;
    private long _sentCount;
    private long _sendErrorCount;

    /// <summary>Binds to <paramref name="localEndPoint"/>; port 0 picks a free port.</summary>
    public UdpDatagramSocket(IPEndPoint localEndPoint, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(localEndPoint);
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<UdpDatagramSocket>();
        _socket = new Socket(localEndPoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            if (localEndPoint.AddressFamily == AddressFamily.InterNetworkV6)
            {
                _socket.DualMode = false;
            }

            _socket.Bind(localEndPoint);
        }
        catch
        {
            _socket.Dispose();
            throw;
        }

        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    /// <inheritdoc/>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>Datagrams handed to the handler.</summary>
    public long ReceivedCount => Interlocked.Read(ref _receivedCount);

    /// <summary>Datagrams or receive errors dropped: ICMP errors, truncated datagrams, handler exceptions.</summary>
    public long DroppedCount => Interlocked.Read(ref _droppedCount);

    /// <summary>Datagrams sent.</summary>
    public long SentCount => Interlocked.Read(ref _sentCount);

    /// <summary>Sends that failed (e.g. network unreachable) and were dropped.</summary>
    public long SendErrorCount => Interlocked.Read(ref _sendErrorCount);

    /// <inheritdoc/>
    public event DatagramReceivedHandler? Received
    {
        add
        {
            _received += value;
            if (Interlocked.Exchange(ref _started, 1) == 0)
            {
                _ = Task.Run(ReceiveLoopAsync);
            }
        }

        remove => _received -= value;
    }

    /// <inheritdoc/>
    public bool Send(ReadOnlySpan<byte> datagram, IPEndPoint remote)
    {
        try
        {
            _socket.SendTo(datagram, SocketFlags.None, remote);
            Interlocked.Increment(ref _sentCount);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or ArgumentException)
        {
            Interlocked.Increment(ref _sendErrorCount);
            UdpLog.SendFailed(_logger, LocalEndPoint, remote, ex.Message);
            return false;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_closing.IsCancellationRequested)
        {
            return;
        }

        _closing.Cancel();
        _socket.Dispose();
        _closing.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = GC.AllocateUninitializedArray<byte>(MaxDatagramSize);
        EndPoint any = new IPEndPoint(_socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        var token = _closing.Token;
        while (!token.IsCancellationRequested)
        {
            SocketReceiveFromResult result;
            try
            {
                result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, any, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException ex)
            {
                // ICMP port/host unreachable from an earlier send surfaces here on some platforms; the socket is fine.
                Interlocked.Increment(ref _droppedCount);
                UdpLog.ReceiveError(_logger, LocalEndPoint, ex.SocketErrorCode);
                continue;
            }

            Deliver((IPEndPoint)result.RemoteEndPoint, buffer.AsSpan(0, result.ReceivedBytes));
        }
    }

    private void Deliver(IPEndPoint remote, ReadOnlySpan<byte> datagram)
    {
        try
        {
            Interlocked.Increment(ref _receivedCount);
            _received?.Invoke(this, remote, datagram);
        }
#pragma warning disable CA1031 // A handler bug must not kill the receive loop of a live call.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _droppedCount);
            UdpLog.HandlerFailed(_logger, ex, LocalEndPoint, remote);
        }
    }
}
