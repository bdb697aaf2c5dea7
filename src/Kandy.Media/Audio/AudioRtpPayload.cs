// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>One RTP payload the send pipeline produced, with the header fields that depend on it.</summary>
/// <param name="PayloadType">The negotiated payload type (audio codec or telephone-event).</param>
/// <param name="Timestamp">The RTP timestamp.</param>
/// <param name="Marker">The RTP marker bit: first packet of a talkspurt (RFC 3551 §4.1) or of a DTMF event (RFC 4733 §2.5.1.3).</param>
/// <param name="Payload">The payload bytes, valid until the next call to the pipeline.</param>
public readonly record struct AudioRtpPayload(int PayloadType, uint Timestamp, bool Marker, ReadOnlyMemory<byte> Payload);
