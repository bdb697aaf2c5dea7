// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Transports;
using Microsoft.Extensions.Logging;

namespace Kandy.Media.Ice;

/// <summary>Settings of an <see cref="IceAgent"/>; defaults follow RFC 8445 and RFC 7675.</summary>
public sealed class IceAgentOptions
{
    /// <summary>The initial role; the offerer is normally controlling. Forced to controlled in lite mode.</summary>
    public IceRole Role { get; set; } = IceRole.Controlling;

    /// <summary>ICE-lite (RFC 8445 §2.5): host candidates only, answers checks, never sends them. For server endpoints.</summary>
    public bool Lite { get; set; }

    /// <summary>How a controlling full agent nominates.</summary>
    public IceNominationMode Nomination { get; set; } = IceNominationMode.Regular;

    /// <summary>STUN and TURN servers (already resolved).</summary>
    public IList<IceServer> Servers { get; } = new List<IceServer>();

    /// <summary>
    /// Offer and use relayed candidates only (the W3C <c>iceTransportPolicy: "relay"</c>): host sockets still carry
    /// the TURN traffic but are neither signalled nor checked.
    /// </summary>
    public bool RelayOnly { get; set; }

    /// <summary>Gather loopback host candidates (tests, and peers on the same machine). Off by default.</summary>
    public bool IncludeLoopback { get; set; }

    /// <summary>Gather IPv6 host candidates. On by default; link-local addresses are never used.</summary>
    public bool IncludeIPv6 { get; set; } = true;

    /// <summary>Use exactly these local addresses instead of enumerating interfaces (null: enumerate).</summary>
    public IList<IPAddress>? HostAddresses { get; set; }

    /// <summary>Binds the sockets; UDP by default.</summary>
    public IDatagramSocketFactory? SocketFactory { get; set; }

    /// <summary>The clock for every timer.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Logging (debug for dropped input); null means no logging.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Ta: the pacing interval between new checks (RFC 8445 §14.2 default 50 ms).</summary>
    public TimeSpan PacingInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Retransmission of connectivity checks (RFC 8445 §14.3: RTO ≥ 500 ms).</summary>
    public Stun.StunRetransmission CheckRetransmission { get; set; } = new(TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(1600), 7, 2);

    /// <summary>Retransmission of STUN requests to servers while gathering.</summary>
    public Stun.StunRetransmission GatheringRetransmission { get; set; } = new(TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(1000), 4, 2);

    /// <summary>Regular nomination waits at most this long after the first valid pair for a better one.</summary>
    public TimeSpan NominationTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Mean interval of consent checks (RFC 7675 §5.1: 5 s, randomised ±20 %).</summary>
    public TimeSpan ConsentInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Without consent for this long the agent reports <see cref="IceConnectionState.Disconnected"/>.</summary>
    public TimeSpan DisconnectedTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Without consent for this long the agent fails and stops sending (RFC 7675 §5.1: 30 s).</summary>
    public TimeSpan ConsentTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Checking fails when no pair works this long after checks could start.</summary>
    public TimeSpan CheckingTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The most candidate pairs kept (RFC 8445 §6.1.2.5 suggests 100).</summary>
    public int MaxCandidatePairs { get; set; } = 100;

    /// <summary>Fixed local credentials (tests); generated when null.</summary>
    public string? LocalUsernameFragment { get; set; }

    /// <summary>Fixed local password (tests); generated when null.</summary>
    public string? LocalPassword { get; set; }
}
