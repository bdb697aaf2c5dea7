// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;

namespace Kandy.Media.Transports;

/// <summary>Binds datagram sockets; lets the ICE agent run over real UDP or an in-memory network.</summary>
public interface IDatagramSocketFactory
{
    /// <summary>Binds a socket to <paramref name="localEndPoint"/> (port 0 picks a free port).</summary>
    /// <exception cref="System.Net.Sockets.SocketException">The address cannot be bound.</exception>
    IDatagramSocket Bind(IPEndPoint localEndPoint);
}
