// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kandy.Media.Transports;

/// <summary>Binds <see cref="UdpDatagramSocket"/>s.</summary>
public sealed class UdpDatagramSocketFactory : IDatagramSocketFactory
{
    private readonly ILoggerFactory _loggerFactory;

    /// <summary>Creates the factory; sockets log at debug through <paramref name="loggerFactory"/>.</summary>
    public UdpDatagramSocketFactory(ILoggerFactory? loggerFactory = null)
    {
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
    }

    /// <inheritdoc/>
    public IDatagramSocket Bind(IPEndPoint localEndPoint) => new UdpDatagramSocket(localEndPoint, _loggerFactory);
}
