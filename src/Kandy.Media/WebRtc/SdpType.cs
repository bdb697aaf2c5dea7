// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>The role of a session description in offer/answer (RFC 8829 §4.1.8, W3C <c>RTCSdpType</c>).</summary>
public enum SdpType
{
    /// <summary>An offer.</summary>
    Offer,

    /// <summary>A final answer.</summary>
    Answer,
}
