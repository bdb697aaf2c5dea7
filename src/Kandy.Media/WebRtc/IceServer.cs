// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>A STUN or TURN server (W3C <c>RTCIceServer</c>).</summary>
/// <param name="Urls">URIs such as <c>stun:host:3478</c> or <c>turn:host:3478?transport=udp</c> (RFC 7064, RFC 7065).</param>
/// <param name="UserName">TURN long-term credential user name.</param>
/// <param name="Credential">TURN password; never logged.</param>
public sealed record IceServer(IReadOnlyList<string> Urls, string? UserName = null, string? Credential = null)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(' ', Urls) + (UserName is null ? string.Empty : " (with credentials)");
}
