// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;

namespace Kandy.Media.Transports;

/// <summary>Raised for each datagram a socket receives. The span is only valid during the call.</summary>
/// <param name="socket">The socket that received it.</param>
/// <param name="remote">The sender.</param>
/// <param name="datagram">The payload.</param>
public delegate void DatagramReceivedHandler(IDatagramSocket socket, IPEndPoint remote, ReadOnlySpan<byte> datagram);

/// <summary>
/// A bound datagram endpoint: the only IO the ICE agent and TURN client need. Implemented over UDP by
/// <see cref="UdpDatagramSocket"/> and, for relayed candidates, over a TURN allocation.
/// </summary>
public interface IDatagramSocket : IDisposable
{
    /// <summary>The bound local address and port (for a relay: the relayed transport address).</summary>
    IPEndPoint LocalEndPoint { get; }

    /// <summary>
    /// Receives datagrams. Receiving starts when the first handler is attached, so nothing arrives before
    /// the owner listens.
    /// </summary>
    event DatagramReceivedHandler? Received;

    /// <summary>Sends a datagram; false when it was dropped (socket closed, network error). Never throws for network errors.</summary>
    bool Send(ReadOnlySpan<byte> datagram, IPEndPoint remote);
}
