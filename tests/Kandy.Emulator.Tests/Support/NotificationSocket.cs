// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Kandy.Emulator.Tests.Support;

/// <summary>A client notification socket with bounded waits.</summary>
internal sealed class NotificationSocket : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly ClientWebSocket socket = new();

    private NotificationSocket()
    {
    }

    public WebSocketState State => socket.State;

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public static async Task<NotificationSocket> ConnectAsync(Uri baseUri, string path)
    {
        var client = new NotificationSocket();
        var uri = new UriBuilder(baseUri) { Scheme = baseUri.Scheme == "https" ? "wss" : "ws" }.Uri;
        using var timeout = new CancellationTokenSource(Wait);
        await client.socket.ConnectAsync(new Uri(uri, path), timeout.Token);
        return client;
    }

    public static async Task<NotificationSocket> ConnectAsync(Uri baseUri, JsonNode subscribeResponse) =>
        await ConnectAsync(baseUri, subscribeResponse["subscribeResponse"]!["subscriptionParams"]!["notificationChannel"]!.GetValue<string>());

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Wait);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>Returns the next text frame, or null when the server closed the socket.</summary>
    public async Task<string?> ReceiveAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? Wait);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                // Answer the close as browsers do, so the server's close handshake completes.
                await socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    /// <summary>Reads frames until the server closes; returns the frames seen before the close.</summary>
    public async Task<List<string>> ReceiveUntilClosedAsync()
    {
        var frames = new List<string>();
        try
        {
            while (await ReceiveAsync() is { } frame)
            {
                frames.Add(frame);
            }
        }
        catch (WebSocketException)
        {
            // Aborted connections end without a close frame.
        }

        return frames;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(Wait);
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
            }
        }

        socket.Dispose();
    }
}
