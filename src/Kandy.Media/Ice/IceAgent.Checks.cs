// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Stun;

namespace Kandy.Media.Ice;

/// <summary>The check list: pairing, pacing, connectivity checks and nomination (RFC 8445 §6.1.2, §7.2, §8.1).</summary>
public sealed partial class IceAgent
{
    private readonly List<IceCandidatePair> _checkList = new();
    private readonly Dictionary<(IceLocalBase, IPEndPoint), IceCandidatePair> _pairsByRoute = new();
    private readonly Queue<IceCandidatePair> _triggered = new();
    private IceCandidatePair? _nominating;
    private long _firstValid;
    private long _checkingSince;
    private bool _checksDone;
    private int _peerReflexiveCount;
    private long? _lastCheckSent;

    private bool CanCheck => !_options.Lite && _remoteKey is not null && !_checksDone;

    private void BeginChecking()
    {
        if (_state == IceConnectionState.New)
        {
            _checkingSince = _time.GetTimestamp();
            SetState(IceConnectionState.Checking);
        }

        EnsureTimer();
    }

    private bool AddRemoteCandidateLocked(IceCandidate candidate)
    {
        if (candidate.Protocol != "udp" || candidate.Component != Component || _remoteCandidates.Exists(c => c.EndPoint.Equals(candidate.EndPoint)))
        {
            return false;
        }

        _remoteCandidates.Add(candidate);
        foreach (var localBase in _bases.Where(b => b.Pairable))
        {
            AddPair(localBase.Candidate, candidate, localBase);
        }

        UnfreezeInitial();
        PaceNow();
        return true;
    }

    private void PairWithRemotes(IceLocalBase localBase)
    {
        foreach (var remote in _remoteCandidates)
        {
            AddPair(localBase.Candidate, remote, localBase);
        }

        UnfreezeInitial();
    }

    private IceCandidatePair? AddPair(IceCandidate local, IceCandidate remote, IceLocalBase localBase)
    {
        if (local.EndPoint.AddressFamily != remote.EndPoint.AddressFamily ||
            IPAddress.IsLoopback(local.EndPoint.Address) != IPAddress.IsLoopback(remote.EndPoint.Address))
        {
            return null;
        }

        if (_pairsByRoute.TryGetValue((localBase, remote.EndPoint), out var existing) && _checkList.Contains(existing))
        {
            return existing;
        }

        if (_checkList.Count >= _options.MaxCandidatePairs)
        {
            var lowest = _checkList.LastOrDefault(p => p.State == IceCandidatePairState.Frozen);
            if (lowest is null)
            {
                return null;
            }

            RemovePair(lowest);
        }

        var pair = new IceCandidatePair(local, remote, localBase) { State = IceCandidatePairState.Frozen };
        pair.UpdatePriority(_role);
        _checkList.Add(pair);
        _pairsByRoute[(localBase, remote.EndPoint)] = pair;
        SortCheckList();
        return pair;
    }

    private void RemovePair(IceCandidatePair pair)
    {
        _checkList.Remove(pair);
        if (!ReferenceEquals(pair, _selectedPair))
        {
            _pairsByRoute.Remove((pair.Base, pair.Remote.EndPoint));
        }
    }

    private void SortCheckList() => _checkList.Sort((a, b) => b.Priority.CompareTo(a.Priority));

    /// <summary>RFC 8445 §6.1.2.6: per foundation, the highest-priority frozen pair becomes Waiting if none is active.</summary>
    private void UnfreezeInitial()
    {
        foreach (var pair in _checkList)
        {
            if (pair.State == IceCandidatePairState.Frozen && !_checkList.Exists(p => p.Foundation == pair.Foundation && p.State != IceCandidatePairState.Frozen))
            {
                pair.State = IceCandidatePairState.Waiting;
            }
        }
    }

    private void ResetChecks()
    {
        foreach (var pair in _checkList.Where(p => !ReferenceEquals(p, _selectedPair)))
        {
            _pairsByRoute.Remove((pair.Base, pair.Remote.EndPoint));
        }

        _checkList.Clear();
        _triggered.Clear();
        _nominating = null;
        _firstValid = 0;
        _checksDone = false;
        _lastCheckSent = null;
    }

    /// <summary>One step of Ta: a triggered check first, else the best Waiting pair, else unfreeze one (§6.1.4.2).</summary>
    private void PaceChecks(bool fromTimer = true)
    {
        // The timer may fire a little early; a check sent outside the timer must keep a full Ta after the last one.
        var spacing = fromTimer ? _options.PacingInterval / 2 : _options.PacingInterval;
        if (!CanCheck || (_lastCheckSent is long last && _time.GetElapsedTime(last) < spacing))
        {
            return;
        }

        IceCandidatePair? next = null;
        while (_triggered.Count > 0 && next is null)
        {
            var candidate = _triggered.Dequeue();
            var wanted = candidate.State is not (IceCandidatePairState.InProgress or IceCandidatePairState.Succeeded) || ReferenceEquals(candidate, _nominating);
            if (_checkList.Contains(candidate) && wanted)
            {
                next = candidate;
            }
        }

        next ??= _checkList.Find(p => p.State == IceCandidatePairState.Waiting);
        if (next is null)
        {
            next = _checkList.Find(p => p.State == IceCandidatePairState.Frozen &&
                !_checkList.Exists(o => o.Foundation == p.Foundation && o.State is IceCandidatePairState.Waiting or IceCandidatePairState.InProgress));
        }

        if (next is not null)
        {
            var nominate = _role == IceRole.Controlling && (_options.Nomination == IceNominationMode.Aggressive || ReferenceEquals(next, _nominating));
            SendCheck(next, nominate, consent: false);
        }
    }

    /// <summary>Sends the next check now when a Ta slot is free, instead of waiting for the timer: saves up to Ta per step.</summary>
    private void PaceNow() => PaceChecks(fromTimer: false);

    private void EnqueueTriggered(IceCandidatePair pair)
    {
        if (pair.State != IceCandidatePairState.InProgress)
        {
            pair.State = IceCandidatePairState.Waiting;
        }

        if (!_triggered.Contains(pair))
        {
            _triggered.Enqueue(pair);
        }
    }

    private void SendCheck(IceCandidatePair pair, bool nominate, bool consent)
    {
        var id = StunTransactionId.NewId();
        var sentRole = _role;
        var builder = new StunMessageBuilder(StunMethod.Binding, StunClass.Request, id)
            .AddString(StunAttributeType.Username, _remoteUfrag + ":" + _localUfrag)
            .AddUInt32(StunAttributeType.Priority, pair.Base.PeerReflexivePriority)
            .AddUInt64(sentRole == IceRole.Controlling ? StunAttributeType.IceControlling : StunAttributeType.IceControlled, _tieBreaker);
        if (nominate)
        {
            builder.AddFlag(StunAttributeType.UseCandidate);
        }

        var request = builder.Build(_remoteKey);
        if (!consent)
        {
            pair.State = IceCandidatePairState.InProgress;
            _lastCheckSent = _time.GetTimestamp();
        }

        pair.RequestsSent++;
        var remoteKey = _remoteKey!;
        var schedule = consent ? StunRetransmission.Once(_options.ConsentInterval) : _options.CheckRetransmission;
        var sentAt = _time.GetTimestamp();
        _transactions.Start(
            id,
            request,
            bytes => pair.Base.Socket.Send(bytes, pair.Remote.EndPoint),
            schedule,
            (response, via) => OnCheckCompleted(pair, nominate, consent, sentRole, remoteKey, sentAt, response, via as IceReceipt));
    }

    private void OnCheckCompleted(IceCandidatePair pair, bool nominate, bool consent, IceRole sentRole, byte[] remoteKey, long sentAt, StunMessage? response, IceReceipt? via)
    {
        lock (_sync)
        {
            if (_state == IceConnectionState.Closed || !ReferenceEquals(remoteKey, _remoteKey))
            {
                return; // closed, or an answer from before an ICE restart
            }

            if (response is null)
            {
                if (!consent && pair.State == IceCandidatePairState.InProgress)
                {
                    pair.State = IceCandidatePairState.Failed;
                    IceLog.CheckFailed(_logger, pair, "timeout");
                }

                return;
            }

            if (!response.CheckIntegrity(remoteKey) || (response.HasFingerprint && !response.CheckFingerprint()))
            {
                Drop("response failed integrity", via?.Remote ?? pair.Remote.EndPoint);
                if (!consent)
                {
                    pair.State = IceCandidatePairState.Failed;
                }

                return;
            }

            if (response.Class == StunClass.ErrorResponse)
            {
                HandleCheckError(pair, sentRole, response, consent);
                return;
            }

            if (via is null || !ReferenceEquals(via.Base, pair.Base) || !via.Remote.Equals(pair.Remote.EndPoint))
            {
                // RFC 8445 §7.2.5.2.1: the response must come back over the same addresses (symmetric).
                if (!consent)
                {
                    pair.State = IceCandidatePairState.Failed;
                    IceLog.CheckFailed(_logger, pair, "asymmetric response");
                }

                return;
            }

            pair.ResponsesReceived++;
            pair.CurrentRoundTripTime = _time.GetElapsedTime(sentAt);
            if (consent)
            {
                OnConsentGranted();
                return;
            }

            OnCheckSucceeded(pair, nominate, response.MappedAddress);
        }
    }

    private void HandleCheckError(IceCandidatePair pair, IceRole sentRole, StunMessage response, bool consent)
    {
        response.TryGetError(out var code, out _);
        if (code == StunErrorCodes.RoleConflict)
        {
            // RFC 8445 §7.2.5.1: switch to the other role than the one the request claimed, then check again.
            if (_role == sentRole)
            {
                SetRole(sentRole == IceRole.Controlling ? IceRole.Controlled : IceRole.Controlling);
            }

            if (!consent)
            {
                pair.State = IceCandidatePairState.Waiting;
                EnqueueTriggered(pair);
            }

            return;
        }

        if (!consent)
        {
            pair.State = IceCandidatePairState.Failed;
            IceLog.CheckError(_logger, pair, code);
        }
    }

    private void OnCheckSucceeded(IceCandidatePair pair, bool nominate, IPEndPoint? mapped)
    {
        var valid = pair;
        if (mapped is not null && !mapped.Equals(pair.Local.EndPoint))
        {
            // The mapped address is a known (server-reflexive) candidate, or a new peer-reflexive one on the same
            // base (RFC 8445 §7.2.5.3.1).
            var local = _localCandidates.Find(c => c.EndPoint.Equals(mapped)) ?? new IceCandidate(FoundationFor(IceCandidateType.PeerReflexive, pair.Base.Candidate.EndPoint.Address, null), Component, "udp", pair.Base.PeerReflexivePriority, mapped, IceCandidateType.PeerReflexive, pair.Base.Candidate.EndPoint);
            valid = new IceCandidatePair(local, pair.Remote, pair.Base) { State = IceCandidatePairState.Succeeded };
            valid.UpdatePriority(_role);
            pair.State = IceCandidatePairState.Succeeded;
            _checkList.Remove(pair);
            _checkList.Add(valid);
            _pairsByRoute[(pair.Base, pair.Remote.EndPoint)] = valid;
            SortCheckList();
        }

        valid.State = IceCandidatePairState.Succeeded;
        IceLog.CheckSucceeded(_logger, valid);
        foreach (var other in _checkList)
        {
            if (other.State == IceCandidatePairState.Frozen && other.Foundation == valid.Foundation)
            {
                other.State = IceCandidatePairState.Waiting;
            }
        }

        if (_firstValid == 0)
        {
            _firstValid = _time.GetTimestamp();
        }

        if ((nominate && _role == IceRole.Controlling) || valid.NominateOnSuccess || pair.NominateOnSuccess)
        {
            Nominated(valid);
            return;
        }

        if (_selectedPair is null || (!_selectedPair.Nominated && valid.Priority > _selectedPair.Priority))
        {
            SelectPair(valid);
        }

        if (_state is IceConnectionState.Checking or IceConnectionState.New or IceConnectionState.Disconnected)
        {
            SetState(IceConnectionState.Connected);
        }

        Nominate();
    }

    private void Nominated(IceCandidatePair pair)
    {
        pair.Nominated = true;
        if (_selectedPair is null || !_selectedPair.Nominated || pair.Priority >= _selectedPair.Priority || !_checkList.Contains(_selectedPair))
        {
            SelectPair(pair);
        }

        if (_role == IceRole.Controlling)
        {
            // RFC 8445 §8.1.2: once nominated, no more checks on this list.
            _checksDone = true;
            _triggered.Clear();
        }

        if (_state is IceConnectionState.Checking or IceConnectionState.Disconnected)
        {
            SetState(IceConnectionState.Connected);
        }

        SetState(IceConnectionState.Completed);
    }

    /// <summary>Regular nomination (RFC 8445 §8.1.1): after the best pair succeeds, or after a bounded wait, check it again with USE-CANDIDATE.</summary>
    private void Nominate()
    {
        if (_options.Lite || _role != IceRole.Controlling || _options.Nomination != IceNominationMode.Regular || _remoteKey is null ||
            _nominating is not null || _checksDone || _firstValid == 0)
        {
            return;
        }

        var best = _checkList.Find(p => p.State == IceCandidatePairState.Succeeded);
        if (best is null)
        {
            return;
        }

        var betterPending = _checkList.Exists(p => p.Priority > best.Priority && p.State is IceCandidatePairState.Waiting or IceCandidatePairState.InProgress or IceCandidatePairState.Frozen);
        if (betterPending && _time.GetElapsedTime(_firstValid) < _options.NominationTimeout)
        {
            return;
        }

        _nominating = best;
        SendCheck(best, nominate: true, consent: false);
    }

    private void CheckFailure()
    {
        if (_state != IceConnectionState.Checking || _remoteKey is null || _gatheringState != IceGatheringState.Complete)
        {
            return;
        }

        var allFailed = _checkList.Count > 0 && _checkList.TrueForAll(p => p.State == IceCandidatePairState.Failed) && _triggered.Count == 0;
        if ((allFailed && !_options.Lite) || _time.GetElapsedTime(_checkingSince) > _options.CheckingTimeout)
        {
            IceLog.ChecksFailed(_logger, _checkList.Count);
            SetState(IceConnectionState.Failed);
        }
    }

    private string NextPeerReflexiveFoundation() => "prflx" + (++_peerReflexiveCount).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
