// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Turn;

namespace Kandy.Media.Ice;

/// <summary>Relayed candidates (RFC 8445 §5.1.1.2): a TURN allocation becomes one more local base.</summary>
public sealed partial class IceAgent
{
    private readonly List<TurnClient> _turnClients = new();

    private void GatherRelayed(IceLocalBase hostBase, IceServer server)
    {
        var client = new TurnClient(hostBase.Socket, server.EndPoint, server.Username!, server.Password!, _time, _loggerFactory);
        _turnClients.Add(client);
        hostBase.TurnServers.Add(server.EndPoint);
        _pendingGathers++;
        _ = AllocateAsync(client, hostBase, server);
    }

    private async Task AllocateAsync(TurnClient client, IceLocalBase hostBase, IceServer server)
    {
        TurnAllocation? allocation = null;
        try
        {
            allocation = await client.AllocateAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TurnException or ObjectDisposedException)
        {
            IceLog.ServerFailed(_logger, server, ex.Message);
        }

        lock (_sync)
        {
            if (allocation is not null && _state != IceConnectionState.Closed)
            {
                var localPreference = 65535 - _bases.Count;
                var candidate = new IceCandidate(
                    FoundationFor(IceCandidateType.Relayed, hostBase.Candidate.EndPoint.Address, server.EndPoint.Address), Component, "udp",
                    IceCandidate.ComputePriority(IceCandidateType.Relayed, localPreference, Component), allocation.LocalEndPoint,
                    IceCandidateType.Relayed, allocation.MappedEndPoint);
                AddBase(new IceLocalBase(allocation, candidate, localPreference));
            }

            _pendingGathers--;
            CompleteGatheringIfDone();
        }

        FlushEvents();
    }

    private List<IDisposable> CloseResourcesLocked()
    {
        var clients = new List<IDisposable>(_turnClients);
        _turnClients.Clear();
        return clients;
    }
}
