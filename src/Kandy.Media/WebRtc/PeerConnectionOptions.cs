// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Codecs;
using Kandy.Media.Dtls;
using Microsoft.Extensions.Logging;

namespace Kandy.Media.WebRtc;

/// <summary>Settings of a <see cref="PeerConnection"/> (W3C <c>RTCConfiguration</c> plus .NET plumbing).</summary>
public sealed class PeerConnectionOptions
{
    /// <summary>Gets or sets the STUN and TURN servers.</summary>
    public IReadOnlyList<IceServer> IceServers { get; set; } = [];

    /// <summary>Gets or sets which local candidates may be used.</summary>
    public IceTransportPolicy IceTransportPolicy { get; set; } = IceTransportPolicy.All;

    /// <summary>Gets or sets a value indicating whether loopback addresses are gathered (tests, same-machine calls).</summary>
    public bool IncludeLoopback { get; set; }

    /// <summary>Gets or sets the DTLS certificate; <see langword="null"/> uses the process-wide <see cref="DtlsCertificate.Default"/>.</summary>
    public DtlsCertificate? Certificate { get; set; }

    /// <summary>Gets or sets the SRTP profiles to negotiate, most preferred first.</summary>
    public IReadOnlyList<DtlsSrtpProfile> SrtpProfiles { get; set; } = DtlsSrtpTransportOptions.DefaultSrtpProfiles;

    /// <summary>Gets or sets the audio codecs and their preference order (Opus, PCMU, PCMA by default).</summary>
    public AudioCodecRegistry AudioCodecs { get; set; } = new();

    /// <summary>Gets or sets the clock for media pacing and RTCP.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the logger factory; <see langword="null"/> logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
