// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Net.Sockets;

namespace Kandy.Core.Tests.Support;

/// <summary>
/// A loopback TCP port that either accepts connections and never answers (so a WebSocket handshake hangs until
/// the client gives up) or refuses them (a listener that was closed). Stops when disposed.
/// </summary>
internal sealed class SilentServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> held = [];
    private readonly CancellationTokenSource stop = new();

    private SilentServer(bool accept)
    {
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        if (accept)
        {
            _ = AcceptAsync();
        }
        else
        {
            listener.Stop();
        }
    }

    public int Port { get; }

    public Uri WebSocketUri => new($"ws://127.0.0.1:{Port}/rest/version/1/user/u/websocket/x");

    public static SilentServer Hanging() => new(accept: true);

    public static SilentServer Refusing() => new(accept: false);

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        lock (held)
        {
            held.ForEach(c => c.Dispose());
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                lock (held)
                {
                    held.Add(client);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }
}
