// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Rtp;

/// <summary>One RTP header extension element (RFC 8285 §4): the negotiated id and its data.</summary>
/// <param name="Id">The local id from <c>a=extmap</c>: 1–14 in the one-byte form, 1–255 in the two-byte form.</param>
/// <param name="Data">The element data: 1–16 bytes in the one-byte form, 0–255 in the two-byte form.</param>
public readonly record struct RtpHeaderExtension(int Id, ReadOnlyMemory<byte> Data);
