// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Codecs;

/// <summary>Encoding names as SDP spells them.</summary>
public static class AudioCodecNames
{
    /// <summary>Opus, RFC 7587.</summary>
    public const string Opus = "opus";

    /// <summary>G.711 µ-law, RFC 3551 §4.5.14.</summary>
    public const string Pcmu = "PCMU";

    /// <summary>G.711 A-law, RFC 3551 §4.5.14.</summary>
    public const string Pcma = "PCMA";

    /// <summary>Comfort noise, RFC 3389.</summary>
    public const string ComfortNoise = "CN";

    /// <summary>DTMF and other telephony events, RFC 4733.</summary>
    public const string TelephoneEvent = "telephone-event";
}
