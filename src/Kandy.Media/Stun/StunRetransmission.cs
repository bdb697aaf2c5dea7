// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Stun;

/// <summary>
/// Retransmission schedule of a STUN request over UDP (RFC 8489 §6.2.1): the RTO doubles after each send, up to
/// <see cref="MaxRto"/>; after the last send the client waits <see cref="FinalWaitFactor"/> × the initial RTO.
/// </summary>
/// <param name="InitialRto">The first retransmission timeout.</param>
/// <param name="MaxRto">The cap on the doubled timeout.</param>
/// <param name="MaxTransmissions">Total sends, the first included (Rc).</param>
/// <param name="FinalWaitFactor">Rm: how many initial RTOs to wait after the last send.</param>
public sealed record StunRetransmission(TimeSpan InitialRto, TimeSpan MaxRto, int MaxTransmissions, int FinalWaitFactor)
{
    /// <summary>RFC 8489 defaults: 500 ms, doubling without cap, 7 sends, wait 16 RTO (39.5 s in all).</summary>
    public static StunRetransmission Default { get; } = new(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(32), 7, 16);

    /// <summary>A single send and a wait, used by consent checks (RFC 7675 §5.1 sends no retransmissions).</summary>
    public static StunRetransmission Once(TimeSpan wait) => new(wait, wait, 1, 1);
}
