// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.PowerShell.Models;

/// <summary>One Kandy Link service (call, IM, Presence...) and whether the session is subscribed to it.</summary>
/// <param name="Session">The session.</param>
/// <param name="Name">The service name as the server spells it.</param>
/// <param name="Subscribed">Whether the server granted the service.</param>
public sealed record KandyService(KandySession Session, string Name, bool Subscribed);
