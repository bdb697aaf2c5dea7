// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Emulator.Http;

namespace Kandy.Emulator.Notifications;

/// <summary>
/// Hands out notification event ids that are never reused: a random per-process prefix (so a restart on
/// the same data path cannot repeat an id the SDK still holds in its duplicate cache) and a counter.
/// </summary>
internal sealed class EventIds
{
    private readonly string prefix = "ev" + RandomIds.Hex(4);
    private long counter;

    public string Next() => prefix + "-" + Interlocked.Increment(ref counter).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
