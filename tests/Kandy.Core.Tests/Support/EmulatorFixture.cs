// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Emulator.Hosting;

namespace Kandy.Core.Tests.Support;

/// <summary>One in-process emulator (127.0.0.1, port 0) shared by the tests of the <c>emulator</c> collection; reset before each test.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public EmulatorHost Host { get; private set; } = null!;

    public EmulatorControl Control { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync();
        Control = new EmulatorControl(Host.ControlUri);
    }

    public async Task DisposeAsync()
    {
        Control.Dispose();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition("emulator")]
public sealed class EmulatorGroup : ICollectionFixture<EmulatorFixture>
{
}
