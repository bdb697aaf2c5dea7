// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Stun;
using Kandy.Media.Transports;

namespace Kandy.Media.Ice;

/// <summary>Datagrams in: STUN requests and responses, and the data path (RFC 8445 §7.3, RFC 7983).</summary>
public sealed partial class IceAgent
{
    private static readonly HashSet<StunAttributeType> KnownCheckAttributes =
    [
        StunAttributeType.Username, StunAttributeType.Priority, StunAttributeType.UseCandidate,
        StunAttributeType.IceControlled, StunAttributeType.IceControlling,
    ];

    private void OnDatagram(IceLocalBase localBase, IPEndPoint remote, ReadOnlySpan<byte> datagram)
    {
        if (localBase.TurnServers.Contains(remote))
        {
            return; // the TURN client on this socket owns these
        }

        if (!localBase.Pairable)
        {
            Drop("traffic on a socket that only carries TURN", remote);
            return;
        }

        if (!StunMessage.IsStun(datagram))
        {
            DeliverData(localBase, remote, datagram);
            return;
        }

        if (!StunMessage.TryParse(datagram, out var message))
        {
            Drop("malformed STUN", remote);
            return;
        }

        lock (_sync)
        {
            if (_state == IceConnectionState.Closed)
            {
                return;
            }

            if (message.Method != StunMethod.Binding)
            {
                Drop("not a Binding " + message.Method, remote);
            }
            else if (message.Class == StunClass.Request)
            {
                HandleRequest(localBase, remote, message);
            }
            else if (message.Class is StunClass.SuccessResponse or StunClass.ErrorResponse)
            {
                if (!_transactions.TryComplete(message, new IceReceipt(localBase, remote)))
                {
                    Drop("response to no pending request", remote);
                }
            }
        }

        FlushEvents();
    }

    private void DeliverData(IceLocalBase localBase, IPEndPoint remote, ReadOnlySpan<byte> datagram)
    {
        IceCandidatePair? pair;
        lock (_sync)
        {
            if (_state is IceConnectionState.Failed or IceConnectionState.Closed || !_pairsByRoute.TryGetValue((localBase, remote), out pair))
            {
                pair = null;
            }
        }

        if (pair is null)
        {
            Drop("data from an unknown or failed pair", remote);
            return;
        }

        pair.CountReceived(datagram.Length);
        try
        {
            DatagramReceived?.Invoke(pair, datagram);
        }
#pragma warning disable CA1031 // An owner's handler must not break the receive loop.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            IceLog.HandlerFailed(_logger, ex);
        }
    }

    private void HandleRequest(IceLocalBase localBase, IPEndPoint remote, StunMessage request)
    {
        var username = request.Username;
        if (username is null || !username.StartsWith(_localUfrag + ":", StringComparison.Ordinal) ||
            !request.CheckIntegrity(_localKey) || (request.HasFingerprint && !request.CheckFingerprint()))
        {
            Drop("check with wrong credentials", remote);
            Respond(localBase, remote, StunMessageBuilder.ResponseTo(request, success: false).AddError(StunErrorCodes.Unauthenticated, "Unauthenticated"), sign: false);
            return;
        }

        var unknown = request.GetUnknownRequiredAttributes(KnownCheckAttributes);
        if (unknown.Count > 0)
        {
            // RFC 8489 §6.3.1: comprehension-required attributes we do not know are listed back in a 420.
            var list = new byte[unknown.Count * 2];
            for (var i = 0; i < unknown.Count; i++)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(list.AsSpan(i * 2), unknown[i]);
            }

            Respond(localBase, remote, StunMessageBuilder.ResponseTo(request, success: false).AddError(StunErrorCodes.UnknownAttribute, "Unknown Attribute").Add(StunAttributeType.UnknownAttributes, list), sign: true);
            return;
        }

        if (request.Priority is not uint priority)
        {
            Respond(localBase, remote, StunMessageBuilder.ResponseTo(request, success: false).AddError(StunErrorCodes.BadRequest, "Bad Request"), sign: true);
            return;
        }

        if (!ResolveRoleConflict(request))
        {
            Respond(localBase, remote, StunMessageBuilder.ResponseTo(request, success: false).AddError(StunErrorCodes.RoleConflict, "Role Conflict"), sign: true);
            return;
        }

        Respond(localBase, remote, StunMessageBuilder.ResponseTo(request, success: true).AddAddress(StunAttributeType.XorMappedAddress, remote), sign: true);

        var remoteCandidate = _remoteCandidates.Find(c => c.EndPoint.Equals(remote));
        if (remoteCandidate is null)
        {
            // RFC 8445 §7.3.1.3: an unknown source is a peer-reflexive remote candidate.
            remoteCandidate = new IceCandidate(NextPeerReflexiveFoundation(), Component, "udp", priority, remote, IceCandidateType.PeerReflexive);
            _remoteCandidates.Add(remoteCandidate);
            IceLog.PeerReflexiveRemote(_logger, remote);
        }

        if (_state == IceConnectionState.New)
        {
            BeginChecking();
        }

        var pair = AddPair(localBase.Candidate, remoteCandidate, localBase);
        if (pair is null)
        {
            return;
        }

        pair.RequestsReceived++;
        pair.ResponsesSent++;
        if (ReferenceEquals(pair, _selectedPair) || (_selectedPair is not null && _selectedPair.Remote.EndPoint.Equals(remote) && ReferenceEquals(_selectedPair.Base, localBase)))
        {
            OnConsentRequest();
        }

        if (_options.Lite)
        {
            HandleLiteCheck(pair, request.UseCandidate);
            return;
        }

        // RFC 8445 §7.3.1.4: a triggered check, unless this pair already works.
        if (pair.State != IceCandidatePairState.Succeeded && !_checksDone)
        {
            EnqueueTriggered(pair);
            PaceNow();
        }

        if (request.UseCandidate && _role == IceRole.Controlled)
        {
            // RFC 8445 §7.3.1.5: nominated now if our check already succeeded, else when it does.
            if (pair.State == IceCandidatePairState.Succeeded)
            {
                Nominated(pair);
            }
            else
            {
                pair.NominateOnSuccess = true;
            }
        }
    }

    /// <summary>A lite agent trusts authenticated checks: the pair works, and USE-CANDIDATE selects it.</summary>
    private void HandleLiteCheck(IceCandidatePair pair, bool useCandidate)
    {
        pair.State = IceCandidatePairState.Succeeded;
        if (useCandidate)
        {
            Nominated(pair);
            return;
        }

        if (_selectedPair is null)
        {
            SelectPair(pair);
        }

        if (_state is IceConnectionState.Checking or IceConnectionState.Disconnected)
        {
            SetState(_selectedPair is { Nominated: true } ? IceConnectionState.Completed : IceConnectionState.Connected);
        }
    }

    /// <summary>RFC 8445 §7.3.1.1; false when we keep our role and must answer 487.</summary>
    private bool ResolveRoleConflict(StunMessage request)
    {
        if (_role == IceRole.Controlling && request.IceControlling is ulong theirs)
        {
            if (_tieBreaker >= theirs)
            {
                return false;
            }

            SetRole(IceRole.Controlled);
        }
        else if (_role == IceRole.Controlled && request.IceControlled is ulong theirsControlled)
        {
            if (_tieBreaker < theirsControlled || _options.Lite)
            {
                return false;
            }

            SetRole(IceRole.Controlling);
        }

        return true;
    }

    private void Respond(IceLocalBase localBase, IPEndPoint remote, StunMessageBuilder response, bool sign)
    {
        var bytes = sign ? response.Build(_localKey) : response.Build();
        localBase.Socket.Send(bytes, remote);
    }

    private void Listen(IceLocalBase localBase)
    {
        localBase.Socket.Received += (IDatagramSocket _, IPEndPoint remote, ReadOnlySpan<byte> datagram) => OnDatagram(localBase, remote, datagram);
    }
}
