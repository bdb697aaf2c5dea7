// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Text;
using System.Threading.Channels;
using Kandy.Media.Transports;
using Kandy.Media.Turn;
using Xunit.Abstractions;

namespace Kandy.Media.Tests.Turn;

/// <summary>The TURN client against a real coturn on 127.0.0.1.</summary>
[Trait("Category", "integration")]
public sealed class TurnClientCoturnTests(CoturnServer server, ITestOutputHelper output) : IClassFixture<CoturnServer>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task AllocateAnswersTheChallengeAndRelaysIndicationsAndChannelData()
    {
        var logs = new RecordingLoggerFactory(output);
        using var socket = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        using var client = new TurnClient(socket, server.EndPoint, CoturnServer.User, CoturnServer.Password, loggerFactory: logs);
        using var peer = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        var atPeer = Inbox(peer);

        var allocation = await client.AllocateAsync().WaitAsync(Wait);
        var atClient = Inbox(allocation);
        Assert.Equal(IPAddress.Loopback, allocation.LocalEndPoint.Address);
        Assert.NotEqual(server.EndPoint.Port, allocation.LocalEndPoint.Port);
        Assert.Equal(socket.LocalEndPoint, allocation.MappedEndPoint);
        Assert.True(client.Lifetime > TimeSpan.Zero);
        Assert.Contains(logs.Entries, e => e.EventId == 3201 && e.Message.Contains("401", StringComparison.Ordinal));

        // Send and Data indications need a permission.
        await client.CreatePermissionAsync(IPAddress.Loopback).WaitAsync(Wait);
        Assert.True(client.SendIndication(peer.LocalEndPoint, "via indication"u8));
        var (from, text) = await atPeer.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal(allocation.LocalEndPoint, from);
        Assert.Equal("via indication", text);
        peer.Send("data indication back"u8, allocation.LocalEndPoint);
        Assert.Equal((peer.LocalEndPoint, "data indication back"), await atClient.Reader.ReadAsync().AsTask().WaitAsync(Wait));

        // A bound channel carries ChannelData both ways.
        var channel = await client.BindChannelAsync(peer.LocalEndPoint).WaitAsync(Wait);
        Assert.InRange(channel, TurnChannelData.MinChannel, TurnChannelData.MaxChannel);
        Assert.True(client.SendChannelData(channel, "via channel"u8));
        Assert.Equal((allocation.LocalEndPoint, "via channel"), await atPeer.Reader.ReadAsync().AsTask().WaitAsync(Wait));
        peer.Send("channel data back"u8, allocation.LocalEndPoint);
        Assert.Equal((peer.LocalEndPoint, "channel data back"), await atClient.Reader.ReadAsync().AsTask().WaitAsync(Wait));
        Assert.Equal(0, client.DroppedDatagramCount);
    }

    [Fact]
    public async Task AllocationSendBindsAChannelOnFirstUseAndDeliversQueuedData()
    {
        using var socket = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        using var client = new TurnClient(socket, server.EndPoint, CoturnServer.User, CoturnServer.Password);
        using var peer = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        var atPeer = Inbox(peer);
        var allocation = await client.AllocateAsync().WaitAsync(Wait);

        Assert.True(allocation.Send("first"u8, peer.LocalEndPoint));
        Assert.True(allocation.Send("second"u8, peer.LocalEndPoint));

        Assert.Equal((allocation.LocalEndPoint, "first"), await atPeer.Reader.ReadAsync().AsTask().WaitAsync(Wait));
        Assert.Equal((allocation.LocalEndPoint, "second"), await atPeer.Reader.ReadAsync().AsTask().WaitAsync(Wait));
    }

    [Fact]
    public async Task StaleNonceIsAnsweredWithTheNewNonce()
    {
        var logs = new RecordingLoggerFactory(output);
        using var socket = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        using var client = new TurnClient(socket, server.EndPoint, CoturnServer.User, CoturnServer.Password, loggerFactory: logs);
        await client.AllocateAsync().WaitAsync(Wait);

        // The server's nonces live one second.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await client.RefreshAsync(TimeSpan.FromMinutes(20)).WaitAsync(Wait);

        Assert.Contains(logs.Entries, e => e.EventId == 3201 && e.Message.Contains("438", StringComparison.Ordinal));
        Assert.Equal(TimeSpan.FromMinutes(20), client.Lifetime);
    }

    [Fact]
    public async Task WrongPasswordFailsWithUnauthenticated()
    {
        using var socket = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        using var client = new TurnClient(socket, server.EndPoint, CoturnServer.User, "wrong");

        var error = await Assert.ThrowsAsync<TurnException>(() => client.AllocateAsync().WaitAsync(Wait));
        Assert.Equal(401, error.ErrorCode);
        Assert.DoesNotContain("wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshWithZeroLifetimeDeletesTheAllocation()
    {
        using var socket = new UdpDatagramSocket(new IPEndPoint(IPAddress.Loopback, 0));
        using var client = new TurnClient(socket, server.EndPoint, CoturnServer.User, CoturnServer.Password);
        await client.AllocateAsync().WaitAsync(Wait);

        await client.RefreshAsync(TimeSpan.Zero).WaitAsync(Wait);

        // coturn deletes on its next one-second timer tick; then a refresh finds no allocation: 437.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var error = await Assert.ThrowsAsync<TurnException>(() => client.RefreshAsync(TimeSpan.FromMinutes(10)).WaitAsync(Wait));
        Assert.Equal(437, error.ErrorCode);
    }

    private static Channel<(IPEndPoint From, string Text)> Inbox(IDatagramSocket socket)
    {
        var inbox = Channel.CreateUnbounded<(IPEndPoint, string)>();
        socket.Received += (_, from, data) => inbox.Writer.TryWrite((from, Encoding.UTF8.GetString(data)));
        return inbox;
    }
}
