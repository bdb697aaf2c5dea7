// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Connectivity;

/// <summary>Which side sends connectivity checks (<c>method.responsibleParty</c>).</summary>
public enum KandyResponsibleParty
{
    /// <summary>The client pings.</summary>
    Client = 0,

    /// <summary>The server pings with <c>connCheck</c>; the client answers <c>connAck</c>.</summary>
    Server = 1,
}
