// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Kandy.Media.Stun;
using Kandy.Media.Transports;

namespace Kandy.Media.Ice;

/// <summary>Candidate gathering (RFC 8445 §5.1.1): host sockets, then server-reflexive and relayed candidates.</summary>
public sealed partial class IceAgent
{
    private TaskCompletionSource? _gatheringDone;
    private int _pendingGathers;

    /// <summary>
    /// Binds the host sockets and asks the STUN/TURN servers; completes when every candidate is known (servers that
    /// do not answer are given up after <see cref="IceAgentOptions.GatheringRetransmission"/>). Calling it again
    /// returns the same task.
    /// </summary>
    public Task GatherAsync(CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            ThrowIfClosed();
            if (_gatheringDone is not null)
            {
                return _gatheringDone.Task.WaitAsync(cancellationToken);
            }

            _gatheringDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _gatheringState = IceGatheringState.Gathering;
        }

        var sockets = BindHostSockets();
        lock (_sync)
        {
            if (_state == IceConnectionState.Closed)
            {
                foreach (var socket in sockets)
                {
                    socket.Dispose();
                }
            }
            else
            {
                foreach (var socket in sockets)
                {
                    AddHostBase(socket);
                }

                if (!_options.Lite)
                {
                    foreach (var server in _options.Servers)
                    {
                        GatherFromServer(server);
                    }
                }

                CompleteGatheringIfDone();
            }
        }

        FlushEvents();
        return _gatheringDone.Task.WaitAsync(cancellationToken);
    }

    private List<IDatagramSocket> BindHostSockets()
    {
        var sockets = new List<IDatagramSocket>();
        foreach (var address in IceHostAddresses.Resolve(_options))
        {
            try
            {
                sockets.Add(_socketFactory.Bind(new IPEndPoint(address, 0)));
            }
            catch (SocketException ex)
            {
                IceLog.BindFailed(_logger, address, ex.SocketErrorCode);
            }
        }

        return sockets;
    }

    private void AddHostBase(IDatagramSocket socket)
    {
        var localPreference = 65535 - _bases.Count;
        var endPoint = socket.LocalEndPoint;
        var candidate = new IceCandidate(
            FoundationFor(IceCandidateType.Host, endPoint.Address, null), Component, "udp",
            IceCandidate.ComputePriority(IceCandidateType.Host, localPreference, Component), endPoint, IceCandidateType.Host);
        AddBase(new IceLocalBase(socket, candidate, localPreference, pairable: !_options.RelayOnly));
    }

    private void AddBase(IceLocalBase localBase)
    {
        _bases.Add(localBase);
        Listen(localBase);
        if (localBase.Pairable)
        {
            AddLocalCandidate(localBase.Candidate);
            PairWithRemotes(localBase);
        }
    }

    private void AddLocalCandidate(IceCandidate candidate)
    {
        if (_localCandidates.Exists(c => c.EndPoint.Equals(candidate.EndPoint) && c.Type == candidate.Type))
        {
            return;
        }

        _localCandidates.Add(candidate);
        IceLog.Gathered(_logger, candidate);
        Raise(() => CandidateGathered?.Invoke(this, candidate));
    }

    private void GatherFromServer(IceServer server)
    {
        var serverIsLoopback = IPAddress.IsLoopback(server.EndPoint.Address);
        var hostBases = _bases.Where(b => b.Candidate.Type == IceCandidateType.Host &&
            b.Candidate.EndPoint.AddressFamily == server.EndPoint.AddressFamily &&
            IPAddress.IsLoopback(b.Candidate.EndPoint.Address) == serverIsLoopback).ToList();
        if (hostBases.Count == 0)
        {
            IceLog.ServerFailed(_logger, server, "no local address of its family");
            return;
        }

        if (server.IsTurn)
        {
            // One allocation is enough: every host base reaches the same relay.
            GatherRelayed(hostBases[0], server);
            return;
        }

        if (!_options.RelayOnly)
        {
            foreach (var hostBase in hostBases)
            {
                GatherServerReflexive(hostBase, server);
            }
        }
    }

    private void GatherServerReflexive(IceLocalBase hostBase, IceServer server)
    {
        _pendingGathers++;
        var id = StunTransactionId.NewId();
        var request = new StunMessageBuilder(StunMethod.Binding, StunClass.Request, id).Build();
        _transactions.Start(id, request, bytes => hostBase.Socket.Send(bytes, server.EndPoint), _options.GatheringRetransmission, (response, _) =>
        {
            lock (_sync)
            {
                if (response is { Class: StunClass.SuccessResponse, MappedAddress: { } mapped } && !mapped.Equals(hostBase.Candidate.EndPoint))
                {
                    AddLocalCandidate(new IceCandidate(
                        FoundationFor(IceCandidateType.ServerReflexive, hostBase.Candidate.EndPoint.Address, server.EndPoint.Address), Component, "udp",
                        IceCandidate.ComputePriority(IceCandidateType.ServerReflexive, hostBase.LocalPreference, Component), mapped,
                        IceCandidateType.ServerReflexive, hostBase.Candidate.EndPoint));
                }
                else if (response is null || response.Class != StunClass.SuccessResponse)
                {
                    IceLog.ServerFailed(_logger, server, response is null ? "timeout" : "error response");
                }

                _pendingGathers--;
                CompleteGatheringIfDone();
            }

            FlushEvents();
        });
    }

    private void CompleteGatheringIfDone()
    {
        if (_pendingGathers > 0 || _gatheringState == IceGatheringState.Complete || _state == IceConnectionState.Closed)
        {
            return;
        }

        _gatheringState = IceGatheringState.Complete;
        Raise(() => GatheringCompleted?.Invoke(this, EventArgs.Empty));
        _gatheringDone?.TrySetResult();
    }

    /// <summary>RFC 8445 §5.1.1.3: same type, base address, server and protocol → same foundation.</summary>
    private string FoundationFor(IceCandidateType type, IPAddress baseAddress, IPAddress? server)
    {
        var key = $"{type}|{baseAddress}|{server}";
        if (!_foundations.TryGetValue(key, out var foundation))
        {
            foundation = (_foundations.Count + 1).ToString(CultureInfo.InvariantCulture);
            _foundations[key] = foundation;
        }

        return foundation;
    }
}
