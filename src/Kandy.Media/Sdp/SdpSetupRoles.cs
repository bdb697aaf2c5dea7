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
}
