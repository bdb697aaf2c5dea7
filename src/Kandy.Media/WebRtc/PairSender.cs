// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>Sends a datagram on the selected ICE pair; false when there is none (yet) or the send failed.</summary>
internal delegate bool PairSender(ReadOnlySpan<byte> datagram);
