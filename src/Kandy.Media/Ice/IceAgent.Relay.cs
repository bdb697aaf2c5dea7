// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Ice;

/// <summary>Relayed candidates through TURN (RFC 8656).</summary>
public sealed partial class IceAgent
{
    private void GatherRelayed(IceLocalBase hostBase, IceServer server) =>
        IceLog.ServerFailed(_logger, server, "TURN arrives with the Turn folder");

    private List<IDisposable> CloseResourcesLocked() => new(_bases.Count);
}
