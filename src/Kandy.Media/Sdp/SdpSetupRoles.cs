// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Sdp;

/// <summary>Text form of <see cref="SdpSetupRole"/>.</summary>
public static class SdpSetupRoles
{
    /// <summary>Gets the attribute value of a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns><c>actpass</c>, <c>active</c>, <c>passive</c> or <c>holdconn</c>.</returns>
    public static string ToText(SdpSetupRole role) => role switch
    {
        SdpSetupRole.Active => "active",
        SdpSetupRole.Passive => "passive",
        SdpSetupRole.HoldConnection => "holdconn",
        _ => "actpass",
    };

    /// <summary>Parses an <c>a=setup</c> value.</summary>
    /// <param name="text">The value.</param>
    /// <param name="role">The role when known.</param>
    /// <returns>True for the four RFC 4145 values.</returns>
    public static bool TryParse(string? text, out SdpSetupRole role)
    {
        (var known, role) = text switch
        {
            "actpass" => (true, SdpSetupRole.ActPass),
            "active" => (true, SdpSetupRole.Active),
            "passive" => (true, SdpSetupRole.Passive),
            "holdconn" => (true, SdpSetupRole.HoldConnection),
            _ => (false, SdpSetupRole.ActPass),
        };
        return known;
    }

    /// <summary>Chooses the answer's <c>a=setup</c> for an offered one (RFC 5763 §5, RFC 8842 §5.3).</summary>
    /// <param name="offered">The offerer's role.</param>
    /// <param name="preferPassive">When the offerer lets us choose, be the DTLS server (for example as ICE-lite answerer, INTEROP.md).</param>
    /// <returns>The answerer's role: the opposite of a fixed offer, otherwise active unless passive is preferred.</returns>
    public static SdpSetupRole Answer(SdpSetupRole offered, bool preferPassive = false) => offered switch
    {
        SdpSetupRole.Active => SdpSetupRole.Passive,
        SdpSetupRole.Passive => SdpSetupRole.Active,
        SdpSetupRole.HoldConnection => SdpSetupRole.HoldConnection,
        _ => preferPassive ? SdpSetupRole.Passive : SdpSetupRole.Active,
    };
}
