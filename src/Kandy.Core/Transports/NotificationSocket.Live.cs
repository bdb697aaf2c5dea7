// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net.WebSockets;
using System.Text;

namespace Kandy.Core.Transports;

/// <summary>One open socket and what its loops share.</summary>
internal sealed partial class NotificationSocket
{
#pragma warning disable CA1001 // The semaphore never allocates a wait handle (only WaitAsync is used), so it needs no disposal.
    private sealed class Live
#pragma warning restore CA1001
    {
        private readonly SemaphoreSlim sending = new(1, 1);

        public Live(ClientWebSocket socket, CancellationTokenSource stop, DateTimeOffset opened)
        {
            Socket = socket;
            Stop = stop;
            Opened = opened;
        }

        public ClientWebSocket Socket { get; }

        public CancellationTokenSource Stop { get; }

        public DateTimeOffset Opened { get; }

        /// <summary>Gets or sets the timestamp of the last inbound frame.</summary>
        public long LastFrame { get; set; }

        /// <summary>Gets or sets the timestamp of the last pong (client modes) or server ping (server mode), initially the open time.</summary>
        public long LastCheck { get; set; }

        /// <summary>Gets or sets the server's announced ping period.</summary>
        public TimeSpan ServerPeriod { get; set; }

        public async Task<bool> SendAsync(string text)
        {
            if (Socket.State != WebSocketState.Open)
            {
                return false;
            }

            await sending.WaitAsync(Stop.Token).ConfigureAwait(false);
            try
            {
                await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, Stop.Token).ConfigureAwait(false);
                return true;
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
            {
                return false;
            }
            finally
            {
                sending.Release();
            }
        }

        /// <summary>The client-side close of the SDK: a close frame without status code (the server sees 1005).</summary>
        public async Task CloseAsync(TimeProvider clock)
        {
            await Stop.CancelAsync().ConfigureAwait(false);
            using var timeout = new CancellationTokenSource(CloseTimeout, clock);
            try
            {
                if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await Socket.CloseOutputAsync(WebSocketCloseStatus.Empty, null, timeout.Token).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The socket is going away either way.
            }
            finally
            {
                Socket.Dispose();
                Stop.Dispose();
            }
        }

        public void Abort()
        {
            try
            {
                Stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            Socket.Abort();
            Socket.Dispose();
        }
    }
}
