// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Threading.Channels;
using Kandy.Media.Transports;

namespace Kandy.Media.Tests.Transports;

[Trait("Category", "integration")]
public sealed class UdpDatagramSocketTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task ReceiveLoopSurvivesAThrowingHandlerAndCountsTheDrop()
    {
        using var receiver = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        using var sender = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        var inbox = Channel.CreateUnbounded<byte[]>();
        receiver.Received += (_, from, data) =>
        {
            if (data[0] == 0xFF)
            {
                throw new InvalidOperationException("handler bug");
            }

            inbox.Writer.TryWrite(data.ToArray());
        };

        Assert.True(sender.Send(new byte[] { 0xFF }, receiver.LocalEndPoint));
        Assert.True(sender.Send(new byte[] { 0x01, 0x02 }, receiver.LocalEndPoint));

        Assert.Equal(new byte[] { 0x01, 0x02 }, await inbox.Reader.ReadAsync().AsTask().WaitAsync(Wait));
        Assert.Equal(1, receiver.DroppedCount);
        Assert.Equal(2, receiver.ReceivedCount);
        Assert.Equal(2, sender.SentCount);
    }

    [Fact]
    public async Task SendsToClosedPortsDoNotBreakReceiving()
    {
        using var socket = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        using var peer = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        var closed = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        var closedEndPoint = closed.LocalEndPoint;
        closed.Dispose();
        var inbox = Channel.CreateUnbounded<byte[]>();
        socket.Received += (_, _, data) => inbox.Writer.TryWrite(data.ToArray());

        // ICMP port unreachable comes back for each of these; the receive loop must carry on.
        for (var i = 0; i < 5; i++)
        {
            socket.Send(new byte[] { 1 }, closedEndPoint);
        }

        peer.Send(new byte[] { 7 }, socket.LocalEndPoint);
        Assert.Equal(new byte[] { 7 }, await inbox.Reader.ReadAsync().AsTask().WaitAsync(Wait));
    }

    [Fact]
    public void SendAfterDisposeReturnsFalseAndCounts()
    {
        var socket = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        socket.Dispose();

        Assert.False(socket.Send(new byte[] { 1 }, new IPEndPoint(IPAddress.Loopback, 9)));
        Assert.Equal(1, socket.SendErrorCount);
    }
}
