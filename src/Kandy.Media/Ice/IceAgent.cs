// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Security.Cryptography;
using Kandy.Media.Stun;
using Kandy.Media.Transports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kandy.Media.Ice;

/// <summary>Raised for each non-STUN datagram received on a candidate pair. The span is only valid during the call.</summary>
/// <param name="pair">The pair it arrived on.</param>
/// <param name="datagram">The datagram (DTLS, RTP or RTCP).</param>
public delegate void IceDatagramReceivedHandler(IceCandidatePair pair, ReadOnlySpan<byte> datagram);

/// <summary>
/// An ICE agent (RFC 8445) for one data stream with one component (BUNDLE and rtcp-mux), full or lite, in either
/// role. The protocol logic is driven by datagrams in and <see cref="TimeProvider"/> timers; sockets come from an
/// <see cref="IDatagramSocketFactory"/>, so the same agent runs over UDP or an in-memory network.
/// </summary>
/// <remarks>
/// Use: <see cref="GatherAsync"/> (Kandy Link does not trickle: write the SDP when it completes), put
/// <see cref="LocalCandidates"/>, <see cref="LocalUsernameFragment"/> and <see cref="LocalPassword"/> in the SDP,
/// then <see cref="SetRemoteCredentials"/> and <see cref="AddRemoteCandidate"/> from the remote SDP. Once
/// <see cref="State"/> is <see cref="IceConnectionState.Connected"/>, <see cref="Send"/> uses the selected pair and
/// <see cref="DatagramReceived"/> delivers everything that is not STUN. Consent freshness is RFC 7675.
/// Events are raised outside the agent's lock; a handler that throws is logged and ignored.
/// </remarks>
public sealed partial class IceAgent : IDisposable
{
    private const int Component = 1;

    private readonly object _sync = new();
    private readonly IceAgentOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ILoggerFactory _loggerFactory;
    private readonly IDatagramSocketFactory _socketFactory;
    private readonly StunTransactionTable _transactions;
    private readonly List<Action> _pendingEvents = new();
    private readonly List<IceLocalBase> _bases = new();
    private readonly List<IceCandidate> _localCandidates = new();
    private readonly List<IceCandidate> _remoteCandidates = new();
    private readonly Dictionary<string, string> _foundations = new(StringComparer.Ordinal);
    private readonly ulong _tieBreaker;
    private ITimer? _timer;
    private IceRole _role;
    private IceConnectionState _state = IceConnectionState.New;
    private IceGatheringState _gatheringState = IceGatheringState.New;
    private IceCandidatePair? _selectedPair;
    private string _localUfrag;
    private string _localPassword;
    private byte[] _localKey;
    private string? _remoteUfrag;
    private byte[]? _remoteKey;
    private long _droppedDatagrams;

    /// <summary>Creates an agent; nothing is bound until <see cref="GatherAsync"/>.</summary>
    public IceAgent(IceAgentOptions? options = null)
    {
        _options = options ?? new IceAgentOptions();
        _time = _options.TimeProvider;
        _loggerFactory = _options.LoggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<IceAgent>();
        _socketFactory = _options.SocketFactory ?? new UdpDatagramSocketFactory(_loggerFactory);
        _transactions = new StunTransactionTable(_time);
        _role = _options.Lite ? IceRole.Controlled : _options.Role;
        _tieBreaker = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
        _localUfrag = _options.LocalUsernameFragment ?? IceCredentials.NewUsernameFragment();
        _localPassword = _options.LocalPassword ?? IceCredentials.NewPassword();
        _localKey = StunCredentials.ShortTermKey(_localPassword);
    }

    /// <summary>A new local candidate was gathered.</summary>
    public event EventHandler<IceCandidate>? CandidateGathered;

    /// <summary>Gathering finished: <see cref="LocalCandidates"/> is final.</summary>
    public event EventHandler? GatheringCompleted;

    /// <summary>The connection state changed.</summary>
    public event EventHandler<IceConnectionState>? StateChanged;

    /// <summary>The pair used by <see cref="Send"/> changed.</summary>
    public event EventHandler<IceCandidatePair>? SelectedPairChanged;

    /// <summary>A non-STUN datagram arrived on a known pair (raised on the socket's receive thread).</summary>
    public event IceDatagramReceivedHandler? DatagramReceived;

    /// <summary>True in ICE-lite mode.</summary>
    public bool IsLite => _options.Lite;

    /// <summary>The current role; may change on a role conflict (RFC 8445 §7.3.1.1).</summary>
    public IceRole Role
    {
        get
        {
            lock (_sync)
            {
                return _role;
            }
        }

        set
        {
            lock (_sync)
            {
                if (!_options.Lite)
                {
                    SetRole(value);
                }
            }
        }
    }

    /// <summary>The tie-breaker sent in ICE-CONTROLLING/ICE-CONTROLLED.</summary>
    public ulong TieBreaker => _tieBreaker;

    /// <summary>The local ice-ufrag.</summary>
    public string LocalUsernameFragment
    {
        get
        {
            lock (_sync)
            {
                return _localUfrag;
            }
        }
    }

    /// <summary>The local ice-pwd. A secret: never log it.</summary>
    public string LocalPassword
    {
        get
        {
            lock (_sync)
            {
                return _localPassword;
            }
        }
    }

    /// <summary>The connection state.</summary>
    public IceConnectionState State
    {
        get
        {
            lock (_sync)
            {
                return _state;
            }
        }
    }

    /// <summary>The gathering state.</summary>
    public IceGatheringState GatheringState
    {
        get
        {
            lock (_sync)
            {
                return _gatheringState;
            }
        }
    }

    /// <summary>The gathered local candidates (host, server-reflexive, relayed).</summary>
    public IReadOnlyList<IceCandidate> LocalCandidates
    {
        get
        {
            lock (_sync)
            {
                return _localCandidates.ToArray();
            }
        }
    }

    /// <summary>The remote candidates, including peer-reflexive ones learned from checks.</summary>
    public IReadOnlyList<IceCandidate> RemoteCandidates
    {
        get
        {
            lock (_sync)
            {
                return _remoteCandidates.ToArray();
            }
        }
    }

    /// <summary>The candidate pairs of the check list, highest priority first.</summary>
    public IReadOnlyList<IceCandidatePair> CandidatePairs
    {
        get
        {
            lock (_sync)
            {
                return _checkList.ToArray();
            }
        }
    }

    /// <summary>The pair <see cref="Send"/> uses, or null.</summary>
    public IceCandidatePair? SelectedPair
    {
        get
        {
            lock (_sync)
            {
                return _selectedPair;
            }
        }
    }

    /// <summary>Datagrams dropped: malformed or unauthenticated STUN, data from unknown sources.</summary>
    public long DroppedDatagramCount => Interlocked.Read(ref _droppedDatagrams);

    /// <summary>
    /// Sets the remote ice-ufrag and ice-pwd (from the remote SDP); checks start once candidates exist on both sides.
    /// </summary>
    public void SetRemoteCredentials(string usernameFragment, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(usernameFragment);
        ArgumentException.ThrowIfNullOrEmpty(password);
        lock (_sync)
        {
            ThrowIfClosed();
            _remoteUfrag = usernameFragment;
            _remoteKey = StunCredentials.ShortTermKey(password);
            BeginChecking();
            PaceNow();
        }

        FlushEvents();
    }

    /// <summary>Adds a remote candidate; false when it cannot be used (not UDP, other component, duplicate).</summary>
    public bool AddRemoteCandidate(IceCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        bool added;
        lock (_sync)
        {
            ThrowIfClosed();
            added = AddRemoteCandidateLocked(candidate);
        }

        FlushEvents();
        return added;
    }

    /// <summary>Sends a datagram on the selected pair; false when there is none or consent is lost.</summary>
    public bool Send(ReadOnlySpan<byte> datagram)
    {
        IceCandidatePair? pair;
        lock (_sync)
        {
            pair = _state is IceConnectionState.Failed or IceConnectionState.Closed ? null : _selectedPair;
        }

        if (pair is null || !pair.Base.Socket.Send(datagram, pair.Remote.EndPoint))
        {
            return false;
        }

        pair.CountSent(datagram.Length);
        return true;
    }

    /// <summary>
    /// ICE restart (RFC 8445 §9): new local credentials, remote candidates and checks forgotten. The selected pair
    /// keeps carrying data until a new one is selected. Local candidates are kept.
    /// </summary>
    public void Restart()
    {
        lock (_sync)
        {
            ThrowIfClosed();
            IceLog.Restarting(_logger);
            _localUfrag = IceCredentials.NewUsernameFragment();
            _localPassword = IceCredentials.NewPassword();
            _localKey = StunCredentials.ShortTermKey(_localPassword);
            _remoteUfrag = null;
            _remoteKey = null;
            _remoteCandidates.Clear();
            ResetChecks();
            if (_state is IceConnectionState.Failed or IceConnectionState.Disconnected)
            {
                SetState(IceConnectionState.New);
            }
        }

        FlushEvents();
    }

    /// <summary>Stops everything and releases the sockets; the state becomes <see cref="IceConnectionState.Closed"/>.</summary>
    public void Close()
    {
        List<IDisposable> toDispose;
        lock (_sync)
        {
            if (_state == IceConnectionState.Closed)
            {
                return;
            }

            SetState(IceConnectionState.Closed);
            _timer?.Dispose();
            _timer = null;
            _transactions.Dispose();
            toDispose = CloseResourcesLocked();
            toDispose.AddRange(_bases.Select(b => b.Socket));
            _bases.Clear();
            _gatheringDone?.TrySetCanceled();
        }

        foreach (var item in toDispose)
        {
            item.Dispose();
        }

        FlushEvents();
    }

    /// <inheritdoc/>
    public void Dispose() => Close();

    private void ThrowIfClosed() => ObjectDisposedException.ThrowIf(_state == IceConnectionState.Closed, this);

    private void SetState(IceConnectionState state)
    {
        if (_state == state)
        {
            return;
        }

        IceLog.StateChanged(_logger, _state, state);
        _state = state;
        Raise(() => StateChanged?.Invoke(this, state));
    }

    private void SetRole(IceRole role)
    {
        if (_role == role)
        {
            return;
        }

        IceLog.RoleChanged(_logger, role);
        _role = role;
        foreach (var pair in _checkList)
        {
            pair.UpdatePriority(role);
        }

        SortCheckList();
    }

    private void SelectPair(IceCandidatePair pair)
    {
        if (ReferenceEquals(_selectedPair, pair))
        {
            return;
        }

        IceLog.PairSelected(_logger, pair);
        _selectedPair = pair;
        _lastConsent = _time.GetTimestamp();
        _nextConsent = _lastConsent;
        Raise(() => SelectedPairChanged?.Invoke(this, pair));
    }

    private void Raise(Action action) => _pendingEvents.Add(action);

    /// <summary>Runs queued events outside the lock; nested calls (inside a locked section) leave it to the outer one.</summary>
    private void FlushEvents()
    {
        if (Monitor.IsEntered(_sync))
        {
            return;
        }

        Action[] events;
        lock (_sync)
        {
            if (_pendingEvents.Count == 0)
            {
                return;
            }

            events = _pendingEvents.ToArray();
            _pendingEvents.Clear();
        }

        foreach (var action in events)
        {
            try
            {
                action();
            }
#pragma warning disable CA1031 // An owner's handler must not break the agent.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                IceLog.HandlerFailed(_logger, ex);
            }
        }
    }

    private void Drop(string reason, IPEndPoint remote)
    {
        Interlocked.Increment(ref _droppedDatagrams);
        IceLog.Dropped(_logger, remote, reason);
    }

    private void EnsureTimer()
    {
        _timer ??= _time.CreateTimer(static state => ((IceAgent)state!).OnTick(), this, _options.PacingInterval, _options.PacingInterval);
    }

    private void OnTick()
    {
        lock (_sync)
        {
            if (_state == IceConnectionState.Closed)
            {
                return;
            }

            PaceChecks();
            Nominate();
            CheckConsent();
            CheckFailure();
        }

        FlushEvents();
    }
}
