// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace Kandy.Core.Tests.Support;

/// <summary>
/// A loopback WebSocket server that accepts every upgrade, records the text frames it receives and sends only what
/// the test tells it to: a peer that never answers connectivity checks. Stops when disposed.
/// </summary>
internal sealed class QuietWebSocketServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<string> received = new();
    private WebSocket? latest;

    public QuietWebSocketServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port { get; }

    public Uri Uri => new($"ws://127.0.0.1:{Port}/ws/quiet");

    public int Upgrades { get; private set; }

    public IReadOnlyList<string> Received => received.ToList();

    public Task SendAsync(string text) =>
        latest!.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, stop.Token);

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var context = await listener.GetContextAsync();
                var socket = (await context.AcceptWebSocketAsync(null)).WebSocket;
                latest = socket;
                Upgrades++;
                _ = ReadAsync(socket);
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or WebSocketException or OperationCanceledException)
        {
        }
    }

    private async Task ReadAsync(WebSocket socket)
    {
        var buffer = new byte[4096];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                received.Enqueue(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }
}
