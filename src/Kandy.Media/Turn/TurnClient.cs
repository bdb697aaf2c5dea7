// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Stun;
using Kandy.Media.Transports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kandy.Media.Turn;

/// <summary>
/// A TURN client over UDP (RFC 8656) on a socket it shares with its owner: Allocate with long-term credentials
/// (the 401 challenge and 438 stale-nonce retries are handled here), Refresh, CreatePermission, ChannelBind,
/// Send/Data indications and ChannelData. Allocation, permissions and channels are refreshed on
/// <see cref="TimeProvider"/> timers before they expire.
/// </summary>
public sealed class TurnClient : IDisposable
{
    private const uint UdpTransport = 17u << 24;
    private const int MaxQueuedPerPeer = 8;
    private static readonly TimeSpan PermissionRefresh = TimeSpan.FromMinutes(4);

    private readonly object _sync = new();
    private readonly IDatagramSocket _socket;
    private readonly string _username;
    private readonly string _password;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly StunRetransmission _retransmission;
    private readonly StunTransactionTable _transactions;
    private readonly HashSet<IPAddress> _permissions = new();
    private readonly Dictionary<IPEndPoint, ushort> _channelsByPeer = new();
    private readonly Dictionary<ushort, IPEndPoint> _peersByChannel = new();
    private readonly Dictionary<IPEndPoint, List<byte[]>> _queued = new();
    private ushort _nextChannel = TurnChannelData.MinChannel;
    private string? _realm;
    private string? _nonce;
    private byte[]? _key;
    private TurnAllocation? _allocation;
    private ITimer? _refreshTimer;
    private ITimer? _permissionTimer;
    private long _dropped;
    private bool _disposed;

    /// <summary>Creates a client for <paramref name="server"/> over <paramref name="socket"/> (which it does not own).</summary>
    public TurnClient(IDatagramSocket socket, IPEndPoint server, string username, string password, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null, StunRetransmission? retransmission = null)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        _socket = socket;
        Server = server;
        _username = username;
        _password = password;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<TurnClient>();
        _retransmission = retransmission ?? new StunRetransmission(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(2), 5, 4);
        _transactions = new StunTransactionTable(_time);
        _socket.Received += OnSocketDatagram;
    }

    /// <summary>The TURN server.</summary>
    public IPEndPoint Server { get; }

    /// <summary>The allocation's lifetime as last granted by the server.</summary>
    public TimeSpan Lifetime { get; private set; }

    /// <summary>Datagrams from the server that were malformed or for unknown channels.</summary>
    public long DroppedDatagramCount => Interlocked.Read(ref _dropped);

    /// <summary>The allocation, once <see cref="AllocateAsync"/> succeeded.</summary>
    public TurnAllocation? Allocation
    {
        get
        {
            lock (_sync)
            {
                return _allocation;
            }
        }
    }

    /// <summary>Requests a UDP relay (RFC 8656 §7.1), answering the server's 401 challenge with the long-term credentials.</summary>
    /// <exception cref="TurnException">The server refused or did not answer.</exception>
    public async Task<TurnAllocation> AllocateAsync(CancellationToken cancellationToken = default)
    {
        var response = await RequestAsync(StunMethod.Allocate, b => b.AddUInt32(StunAttributeType.RequestedTransport, UdpTransport), cancellationToken).ConfigureAwait(false);
        if (!response.TryGetAddress(StunAttributeType.XorRelayedAddress, out var relayed))
        {
            throw new TurnException("The Allocate response has no XOR-RELAYED-ADDRESS.", StunErrorCodes.ServerError);
        }

        response.TryGetAddress(StunAttributeType.XorMappedAddress, out var mapped);
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _allocation = new TurnAllocation(this, relayed, mapped);
            ScheduleRefresh(response);
            _permissionTimer = _time.CreateTimer(static s => ((TurnClient)s!).RefreshPermissions(), this, PermissionRefresh, PermissionRefresh);
        }

        TurnLog.Allocated(_logger, Server, relayed, mapped, Lifetime);
        return _allocation;
    }

    /// <summary>Refreshes the allocation (RFC 8656 §8); a zero lifetime deletes it.</summary>
    public async Task RefreshAsync(TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var seconds = (uint)lifetime.TotalSeconds;
        var response = await RequestAsync(StunMethod.Refresh, b => b.AddUInt32(StunAttributeType.Lifetime, seconds), cancellationToken).ConfigureAwait(false);
        lock (_sync)
        {
            if (!_disposed)
            {
                ScheduleRefresh(response);
            }
        }
    }

    /// <summary>Installs a permission for <paramref name="peer"/> (RFC 8656 §9); refreshed every 4 minutes.</summary>
    public async Task CreatePermissionAsync(IPAddress peer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(peer);
        await RequestAsync(StunMethod.CreatePermission, b => b.AddAddress(StunAttributeType.XorPeerAddress, new IPEndPoint(peer, 0)), cancellationToken).ConfigureAwait(false);
        lock (_sync)
        {
            _permissions.Add(peer);
        }
    }

    /// <summary>Binds a channel to <paramref name="peer"/> (RFC 8656 §11), which also installs a permission.</summary>
    /// <returns>The channel number.</returns>
    public async Task<ushort> BindChannelAsync(IPEndPoint peer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(peer);
        ushort channel;
        lock (_sync)
        {
            if (!_channelsByPeer.TryGetValue(peer, out channel))
            {
                if (_nextChannel > TurnChannelData.MaxChannel)
                {
                    throw new TurnException("No channel numbers left.", StunErrorCodes.InsufficientCapacity);
                }

                channel = _nextChannel++;
            }
        }

        await RequestAsync(
            StunMethod.ChannelBind,
            b => b.AddUInt32(StunAttributeType.ChannelNumber, (uint)channel << 16).AddAddress(StunAttributeType.XorPeerAddress, peer),
            cancellationToken).ConfigureAwait(false);
        lock (_sync)
        {
            _channelsByPeer[peer] = channel;
            _peersByChannel[channel] = peer;
            _permissions.Add(peer.Address);
        }

        TurnLog.ChannelBound(_logger, Server, channel, peer);
        return channel;
    }

    /// <summary>Sends <paramref name="data"/> to <paramref name="peer"/> in a Send indication (needs a permission).</summary>
    public bool SendIndication(IPEndPoint peer, ReadOnlySpan<byte> data)
    {
        var message = new StunMessageBuilder(StunMethod.Send, StunClass.Indication, StunTransactionId.NewId())
            .AddAddress(StunAttributeType.XorPeerAddress, peer)
            .Add(StunAttributeType.Data, data)
            .Build(fingerprint: false);
        return _socket.Send(message, Server);
    }

    /// <summary>Sends <paramref name="data"/> on a bound channel as ChannelData.</summary>
    public bool SendChannelData(ushort channel, ReadOnlySpan<byte> data) => _socket.Send(TurnChannelData.Write(channel, data), Server);

    /// <summary>Deletes the allocation (best effort, no wait) and stops the timers; the socket stays open.</summary>
    public void Dispose()
    {
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _refreshTimer?.Dispose();
            _permissionTimer?.Dispose();
            if (_allocation is not null && _key is not null)
            {
                _socket.Send(Authenticated(new StunMessageBuilder(StunMethod.Refresh, StunClass.Request, StunTransactionId.NewId()).AddUInt32(StunAttributeType.Lifetime, 0)), Server);
            }
        }

        _socket.Received -= OnSocketDatagram;
        _transactions.Dispose();
    }

    /// <summary>
    /// The allocation's send path: ChannelData when a channel is bound; otherwise the datagram waits (a few per
    /// peer) while a channel is bound, which also installs the permission.
    /// </summary>
    internal bool SendToPeer(IPEndPoint peer, ReadOnlySpan<byte> data)
    {
        lock (_sync)
        {
            if (_disposed)
            {
                return false;
            }

            if (_channelsByPeer.TryGetValue(peer, out var channel))
            {
                return SendChannelData(channel, data);
            }

            if (_queued.TryGetValue(peer, out var queue))
            {
                if (queue.Count < MaxQueuedPerPeer)
                {
                    queue.Add(data.ToArray());
                }

                return true;
            }

            _queued[peer] = new List<byte[]> { data.ToArray() };
        }

        _ = BindAndFlushAsync(peer);
        return true;
    }

    private async Task BindAndFlushAsync(IPEndPoint peer)
    {
        List<byte[]>? queued;
        try
        {
            var channel = await BindChannelAsync(peer).ConfigureAwait(false);
            lock (_sync)
            {
                _queued.Remove(peer, out queued);
            }

            foreach (var datagram in queued ?? [])
            {
                SendChannelData(channel, datagram);
            }
        }
        catch (Exception ex) when (ex is TurnException or ObjectDisposedException or OperationCanceledException)
        {
            lock (_sync)
            {
                _queued.Remove(peer);
            }

            TurnLog.Failed(_logger, Server, "ChannelBind " + peer, ex.Message);
        }
    }

    private async Task<StunMessage> RequestAsync(StunMethod method, Action<StunMessageBuilder> addAttributes, CancellationToken cancellationToken)
    {
        // One try, plus one after the 401 challenge, plus one after a 438 stale nonce.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var id = StunTransactionId.NewId();
            byte[] request;
            byte[]? key;
            lock (_sync)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                var builder = new StunMessageBuilder(method, StunClass.Request, id);
                addAttributes(builder);
                request = Authenticated(builder);
                key = _key;
            }

            var response = await TransactAsync(id, request, cancellationToken).ConfigureAwait(false)
                ?? throw new TurnException($"The TURN server {Server} did not answer {method}.");
            if (response.Class == StunClass.SuccessResponse)
            {
                if (key is not null && !response.CheckIntegrity(key))
                {
                    throw new TurnException($"The {method} response failed MESSAGE-INTEGRITY.", StunErrorCodes.Unauthenticated);
                }

                return response;
            }

            response.TryGetError(out var code, out var reason);
            var retry = (code == StunErrorCodes.Unauthenticated && key is null) || code == StunErrorCodes.StaleNonce;
            if (!retry || response.Nonce is not { } nonce)
            {
                throw new TurnException($"{method} failed: {code} {reason}", code);
            }

            TurnLog.Challenge(_logger, Server, method, code);
            lock (_sync)
            {
                _nonce = nonce;
                if (response.Realm is { } realm && (realm != _realm || _key is null))
                {
                    _realm = realm;
                    _key = StunCredentials.LongTermKey(_username, realm, _password);
                }
            }
        }

        throw new TurnException($"{method} failed: the server kept rejecting the credentials.", StunErrorCodes.Unauthenticated);
    }

    private byte[] Authenticated(StunMessageBuilder builder)
    {
        if (_key is null)
        {
            return builder.Build();
        }

        return builder
            .AddString(StunAttributeType.Username, _username)
            .AddString(StunAttributeType.Realm, _realm!)
            .AddString(StunAttributeType.Nonce, _nonce!)
            .Build(_key);
    }

    private Task<StunMessage?> TransactAsync(StunTransactionId id, byte[] request, CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource<StunMessage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _transactions.Start(id, request, bytes => _socket.Send(bytes, Server), _retransmission, (response, _) => completion.TrySetResult(response));
        if (cancellationToken.CanBeCanceled)
        {
            var registration = cancellationToken.Register(() =>
            {
                _transactions.Cancel(id);
                completion.TrySetCanceled(cancellationToken);
            });
            completion.Task.ContinueWith(_ => registration.Dispose(), TaskScheduler.Default);
        }

        return completion.Task;
    }

    private void ScheduleRefresh(StunMessage response)
    {
        Lifetime = response.TryGetUInt32(StunAttributeType.Lifetime, out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromMinutes(10);
        _refreshTimer?.Dispose();
        _refreshTimer = null;
        if (Lifetime > TimeSpan.Zero)
        {
            // Refresh a minute early, or at half-time for short lifetimes.
            var due = Lifetime > TimeSpan.FromMinutes(2) ? Lifetime - TimeSpan.FromMinutes(1) : Lifetime / 2;
            _refreshTimer = _time.CreateTimer(static s => ((TurnClient)s!).RefreshInBackground(), this, due, Timeout.InfiniteTimeSpan);
        }
    }

    private void RefreshInBackground() => _ = RunInBackgroundAsync("Refresh", () => RefreshAsync(TimeSpan.FromMinutes(10)));

    private void RefreshPermissions()
    {
        List<IPAddress> permissions;
        List<IPEndPoint> channels;
        lock (_sync)
        {
            channels = _channelsByPeer.Keys.ToList();
            permissions = _permissions.Where(p => !channels.Exists(c => c.Address.Equals(p))).ToList();
        }

        foreach (var peer in channels)
        {
            _ = RunInBackgroundAsync("ChannelBind refresh", () => BindChannelAsync(peer));
        }

        foreach (var peer in permissions)
        {
            _ = RunInBackgroundAsync("CreatePermission refresh", () => CreatePermissionAsync(peer));
        }
    }

    private async Task RunInBackgroundAsync(string operation, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TurnException or ObjectDisposedException or OperationCanceledException)
        {
            TurnLog.Failed(_logger, Server, operation, ex.Message);
        }
    }

    private void OnSocketDatagram(IDatagramSocket socket, IPEndPoint remote, ReadOnlySpan<byte> datagram)
    {
        if (!remote.Equals(Server))
        {
            return;
        }

        if (TurnChannelData.IsChannelData(datagram))
        {
            IPEndPoint? peer = null;
            TurnAllocation? allocation;
            var valid = TurnChannelData.TryRead(datagram, out var channel, out var data);
            lock (_sync)
            {
                allocation = _allocation;
                if (valid)
                {
                    _peersByChannel.TryGetValue(channel, out peer);
                }
            }

            if (peer is null || allocation is null)
            {
                Drop("ChannelData for an unknown channel or malformed");
                return;
            }

            allocation.Deliver(peer, data);
            return;
        }

        if (!StunMessage.TryParse(datagram, out var message))
        {
            Drop("malformed STUN");
            return;
        }

        if (message.Class is StunClass.SuccessResponse or StunClass.ErrorResponse)
        {
            if (!_transactions.TryComplete(message))
            {
                Drop("response to no pending request");
            }

            return;
        }

        if (message.Method == StunMethod.Data && message.Class == StunClass.Indication &&
            message.TryGetAddress(StunAttributeType.XorPeerAddress, out var from) &&
            message.TryGetAttribute(StunAttributeType.Data, out var payload))
        {
            Allocation?.Deliver(from, payload);
            return;
        }

        Drop("unexpected STUN message");
    }

    private void Drop(string reason)
    {
        Interlocked.Increment(ref _dropped);
        TurnLog.Dropped(_logger, Server, reason);
    }
}
