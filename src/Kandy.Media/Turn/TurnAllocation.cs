// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Transports;

namespace Kandy.Media.Turn;

/// <summary>
/// A relayed transport address on a TURN server, used like a socket: <see cref="Send"/> reaches the peer through
/// the server (ChannelData once a channel is bound, Send indications before), and data from peers arrives as
/// <see cref="Received"/>. This is how the ICE agent uses a relayed candidate.
/// </summary>
public sealed class TurnAllocation : IDatagramSocket
{
    private readonly TurnClient _client;

    internal TurnAllocation(TurnClient client, IPEndPoint relayed, IPEndPoint? mapped)
    {
        _client = client;
        LocalEndPoint = relayed;
        MappedEndPoint = mapped;
    }

    /// <summary>The relayed transport address (XOR-RELAYED-ADDRESS).</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>Our address as the server saw it (XOR-MAPPED-ADDRESS), or null.</summary>
    public IPEndPoint? MappedEndPoint { get; }

    /// <summary>The client that owns this allocation.</summary>
    public TurnClient Client => _client;

    /// <inheritdoc/>
    public event DatagramReceivedHandler? Received;

    /// <inheritdoc/>
    public bool Send(ReadOnlySpan<byte> datagram, IPEndPoint remote) => _client.SendToPeer(remote, datagram);

    /// <summary>Releases the allocation (Refresh with lifetime 0) and the client.</summary>
    public void Dispose() => _client.Dispose();

    internal void Deliver(IPEndPoint peer, ReadOnlySpan<byte> datagram) => Received?.Invoke(this, peer, datagram);
}
