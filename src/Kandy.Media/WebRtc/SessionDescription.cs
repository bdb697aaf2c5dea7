// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>An SDP offer or answer as exchanged with the signalling server (W3C <c>RTCSessionDescription</c>).</summary>
/// <param name="Type">Offer or answer.</param>
/// <param name="Sdp">The SDP text, with CRLF line ends.</param>
public sealed record SessionDescription(SdpType Type, string Sdp);
