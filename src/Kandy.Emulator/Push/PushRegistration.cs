// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Kandy.Emulator.Push;

/// <summary>One push device registration (01-session.md §9.1), as stored.</summary>
/// <param name="Id">Registration id, the last path segment.</param>
/// <param name="UserName">Owner.</param>
/// <param name="Provider"><c>apple</c> or <c>google</c>.</param>
/// <param name="BundleId">Application bundle id (<c>bundleID</c> on the wire).</param>
/// <param name="Services">Services to push.</param>
/// <param name="ClientCorrelator">Device id.</param>
/// <param name="Realm">Push gateway realm.</param>
/// <param name="IsProduction">Apple production (true) or sandbox.</param>
/// <param name="VoipDeviceToken">Apple VoIP token.</param>
/// <param name="StandardDeviceToken">Apple standard token.</param>
/// <param name="DeviceToken">Google token.</param>
internal sealed record PushRegistration(
    string Id,
    string UserName,
    string Provider,
    string? BundleId,
    IReadOnlyList<string> Services,
    string? ClientCorrelator,
    string? Realm,
    bool? IsProduction,
    string? VoipDeviceToken,
    string? StandardDeviceToken,
    string? DeviceToken)
{
    /// <summary>Gets the path returned as <c>registration</c> and used to unregister.</summary>
    [JsonIgnore]
    public string Path => $"/rest/version/1/user/{UserName}/push/{Provider}/devices/{Id}";
}
