// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Interop.Tests.Harness;

/// <summary>One Node host (and so one Chromium) for the whole collection: launching a browser costs seconds.</summary>
public sealed class ForeignPeerFixture : IAsyncLifetime
{
    private ForeignPeerHost? host;

    public ForeignPeerHost Host => host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => host = await ForeignPeerHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
