// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Notifications;

/// <summary>The parameters of a push registration (01-session.md §9.1). Unset values are omitted from the request.</summary>
public sealed class KandyPushRegistrationRequest
{
    /// <summary>Gets or sets the provider.</summary>
    public KandyPushPlatform Platform { get; set; }

    /// <summary>Gets or sets the application bundle id (<c>bundleID</c> on the wire).</summary>
    public string? BundleId { get; set; }

    /// <summary>Gets the services to push.</summary>
    public IList<string> Services { get; init; } = new List<string>();

    /// <summary>Gets or sets the device id.</summary>
    public string? ClientCorrelator { get; set; }

    /// <summary>Gets or sets the realm of the push gateway.</summary>
    public string? Realm { get; set; }

    /// <summary>Gets or sets production vs sandbox (Apple only).</summary>
    public bool? IsProduction { get; set; }

    /// <summary>Gets or sets the VoIP device token (Apple only; needed for calls).</summary>
    public string? VoipDeviceToken { get; set; }

    /// <summary>Gets or sets the standard device token (Apple only).</summary>
    public string? StandardDeviceToken { get; set; }

    /// <summary>Gets or sets the device token (Google only).</summary>
    public string? DeviceToken { get; set; }
}
