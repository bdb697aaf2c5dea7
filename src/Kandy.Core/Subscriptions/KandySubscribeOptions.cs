// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Subscriptions;

/// <summary>Options of a subscribe request (01-session.md §6.3).</summary>
public sealed class KandySubscribeOptions
{
    /// <summary>Gets or sets a value indicating whether the server should evict the oldest session when the session limit is reached.</summary>
    public bool ForceLogOut { get; set; }

    /// <summary>Gets or sets an application-chosen stable id of this client.</summary>
    public string? ClientCorrelator { get; set; }
}
