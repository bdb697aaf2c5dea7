// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtls;

/// <summary>Sends one datagram towards the peer (on the selected ICE pair).</summary>
/// <param name="datagram">The bytes; only valid during the call.</param>
public delegate void DatagramSendCallback(ReadOnlySpan<byte> datagram);
