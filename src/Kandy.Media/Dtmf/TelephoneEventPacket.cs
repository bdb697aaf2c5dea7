// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtmf;

/// <summary>One RTP packet to send on the negotiated <c>telephone-event</c> payload type.</summary>
/// <param name="Timestamp">The RTP timestamp: the one of the event's first packet, the same for all its packets (RFC 4733 §2.5.1.2).</param>
/// <param name="Marker">The RTP marker bit: set on the first packet of an event only (RFC 4733 §2.5.1.3).</param>
/// <param name="Payload">The telephone-event payload.</param>
public readonly record struct TelephoneEventPacket(uint Timestamp, bool Marker, TelephoneEvent Payload);
