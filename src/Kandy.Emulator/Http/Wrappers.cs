// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Http;

/// <summary>Names of the operation wrappers of Link answers (01-session.md §10.3).</summary>
internal static class Wrappers
{
    public const string Subscribe = "subscribeResponse";

    /// <summary>Chooses the wrapper for an injected or generic error from the request path.</summary>
    public static string ForPath(string path)
    {
        if (path.Contains("/push/apple/", StringComparison.Ordinal))
        {
            return "appleDeviceRegistrationResponse";
        }

        if (path.Contains("/push/google/", StringComparison.Ordinal))
        {
            return "googleDeviceRegistrationResponse";
        }

        return Subscribe;
    }

    /// <summary>The wrapper name of a push provider's registration answers.</summary>
    public static string ForPushProvider(string provider) => provider + "DeviceRegistrationResponse";
}
