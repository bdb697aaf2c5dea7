// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Net.Sockets;
using Org.BouncyCastle.Tls;

namespace Kandy.Media.Dtls;

/// <summary>The BouncyCastle view of the wire: datagrams arrive from the demultiplexer's queue, leave by a callback.</summary>
/// <remarks>
/// STUN, DTLS and SRTP share one socket (RFC 7983), so this transport never reads a socket itself.
/// BouncyCastle drives its retransmission timers through the wait time of <see cref="Receive(byte[], int, int, int)"/>;
/// -1 tells it the wait expired.
/// </remarks>
internal sealed class QueuedDatagramTransport : DatagramTransport, IDisposable
{
    /// <summary>Bound on queued datagrams: a flood is dropped, not buffered without limit.</summary>
    private const int QueueCapacity = 256;

    /// <summary>Largest DTLS record sent; stays under the IPv6 minimum MTU with UDP, TURN and IP headers.</summary>
    private const int SendLimit = 1200;

    private const int ReceiveLimit = 1500;

    private readonly BlockingCollection<byte[]> queue = new(new ConcurrentQueue<byte[]>(), QueueCapacity);
    private readonly DatagramSendCallback send;
    private readonly Action<Exception> sendFailed;
    private volatile bool disposed;
    private long dropped;

    public QueuedDatagramTransport(DatagramSendCallback send, Action<Exception> sendFailed)
    {
        this.send = send;
        this.sendFailed = sendFailed;
    }

    /// <summary>Gets how many datagrams were dropped because the queue was full or closed.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>Queues a datagram from the demultiplexer.</summary>
    /// <param name="datagram">A DTLS record (first byte 20–63).</param>
    /// <returns>Whether it was queued.</returns>
    public bool Enqueue(ReadOnlySpan<byte> datagram)
    {
        try
        {
            if (!disposed && queue.TryAdd(datagram.ToArray()))
            {
                return true;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
        {
            // Closed while the datagram was in flight: dropped like any late datagram.
        }

        Interlocked.Increment(ref dropped);
        return false;
    }

    public int GetReceiveLimit() => ReceiveLimit;

    public int GetSendLimit() => SendLimit;

    public int Receive(byte[] buf, int off, int len, int waitMillis) => Receive(buf.AsSpan(off, len), waitMillis);

    public int Receive(Span<byte> buffer, int waitMillis)
    {
        byte[]? datagram;
        try
        {
            // 0 means "no wait time left" for BouncyCastle here; never block forever on it.
            if (!queue.TryTake(out datagram, Math.Max(waitMillis, 1)))
            {
                if (queue.IsCompleted)
                {
                    throw new TlsFatalAlert(AlertDescription.internal_error, "The transport was closed.");
                }

                return -1;
            }
        }
        catch (ObjectDisposedException ex)
        {
            throw new TlsFatalAlert(AlertDescription.internal_error, "The transport was closed.", ex);
        }

        var length = Math.Min(datagram.Length, buffer.Length);
        datagram.AsSpan(0, length).CopyTo(buffer);
        return length;
    }

    public void Send(byte[] buf, int off, int len) => Send(buf.AsSpan(off, len));

    public void Send(ReadOnlySpan<byte> buffer)
    {
        try
        {
            send(buffer);
        }
        catch (SocketException ex)
        {
            // An ICMP error from an earlier datagram surfaces on the next send of a connected socket;
            // DTLS retransmits anyway, so it must not abort the handshake.
            sendFailed(ex);
        }
    }

    public void Close()
    {
        if (!disposed)
        {
            queue.CompleteAdding();
        }
    }

    public void Dispose()
    {
        Close();
        disposed = true;
        queue.Dispose();
    }
}
