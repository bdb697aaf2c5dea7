// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Security.Cryptography;

namespace Kandy.Emulator.Http;

/// <summary>Unguessable lower-case hex ids for subscriptions, channels, registrations and tokens.</summary>
internal static class RandomIds
{
    public static string Hex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();
}
