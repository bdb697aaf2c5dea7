// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Connectivity;

/// <summary>The connectivity-check method of the notification WebSocket (01-session.md §7.4).</summary>
/// <param name="Type">Keepalive or ping-pong.</param>
/// <param name="ResponsibleParty">Which side sends the checks.</param>
public sealed record KandyConnectivityMethod(KandyConnectivityType Type, KandyResponsibleParty ResponsibleParty);
