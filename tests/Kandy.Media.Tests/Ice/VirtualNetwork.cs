// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Transports;

namespace Kandy.Media.Tests.Ice;

/// <summary>
/// An in-memory datagram network on a (fake) clock: every datagram is delivered after <c>latency</c> by a timer of
/// the same <see cref="TimeProvider"/>, so agents never re-enter each other synchronously. Links can be cut.
/// </summary>
internal sealed class VirtualNetwork(TimeProvider time, TimeSpan latency) : IDatagramSocketFactory
{
    private readonly object _sync = new();
    private readonly Dictionary<IPEndPoint, VirtualSocket> _sockets = new();
    private readonly Dictionary<IPAddress, IPAddress> _natOutbound = new();
    private readonly Dictionary<IPAddress, IPAddress> _natInbound = new();
    private int _nextPort = 40000;

    /// <summary>Datagrams for which this returns true are lost (source, destination).</summary>
    public Func<IPEndPoint, IPEndPoint, bool>? Drop { get; set; }

    public int Delivered { get; private set; }

    public IDatagramSocket Bind(IPEndPoint localEndPoint)
    {
        lock (_sync)
        {
            var port = localEndPoint.Port == 0 ? _nextPort++ : localEndPoint.Port;
            var socket = new VirtualSocket(this, new IPEndPoint(localEndPoint.Address, port));
            _sockets.Add(socket.LocalEndPoint, socket);
            return socket;
        }
    }

    /// <summary>
    /// Puts <paramref name="inside"/> behind a full-cone NAT with address <paramref name="outside"/> (ports kept):
    /// others see its datagrams coming from <paramref name="outside"/>, and only that address reaches it.
    /// </summary>
    public void AddNat(IPAddress inside, IPAddress outside)
    {
        lock (_sync)
        {
            _natOutbound[inside] = outside;
            _natInbound[outside] = inside;
        }
    }

    /// <summary>Injects a datagram as if <paramref name="from"/> had sent it.</summary>
    public void Inject(IPEndPoint from, IPEndPoint to, byte[] datagram) => Transmit(from, to, datagram);

    private void Transmit(IPEndPoint from, IPEndPoint to, byte[] datagram)
    {
        lock (_sync)
        {
            if (_natOutbound.ContainsKey(to.Address))
            {
                return; // a NATed address is not reachable directly
            }

            if (_natOutbound.TryGetValue(from.Address, out var outside))
            {
                from = new IPEndPoint(outside, from.Port);
            }

            if (_natInbound.TryGetValue(to.Address, out var inside))
            {
                to = new IPEndPoint(inside, to.Port);
            }
        }

        if (Drop?.Invoke(from, to) == true)
        {
            return;
        }

        ITimer? timer = null;
        timer = time.CreateTimer(
            _ =>
            {
                timer?.Dispose();
                VirtualSocket? target;
                lock (_sync)
                {
                    _sockets.TryGetValue(to, out target);
                    Delivered++;
                }

                target?.Receive(from, datagram);
            },
            null,
            latency,
            Timeout.InfiniteTimeSpan);
    }

    private void Unbind(VirtualSocket socket)
    {
        lock (_sync)
        {
            _sockets.Remove(socket.LocalEndPoint);
        }
    }

    private sealed class VirtualSocket(VirtualNetwork network, IPEndPoint localEndPoint) : IDatagramSocket
    {
        private bool _closed;

        public IPEndPoint LocalEndPoint { get; } = localEndPoint;

        public event DatagramReceivedHandler? Received;

        public bool Send(ReadOnlySpan<byte> datagram, IPEndPoint remote)
        {
            if (_closed)
            {
                return false;
            }

            network.Transmit(LocalEndPoint, remote, datagram.ToArray());
            return true;
        }

        public void Receive(IPEndPoint from, byte[] datagram)
        {
            if (!_closed)
            {
                Received?.Invoke(this, from, datagram);
            }
        }

        public void Dispose()
        {
            _closed = true;
            network.Unbind(this);
        }
    }
}
