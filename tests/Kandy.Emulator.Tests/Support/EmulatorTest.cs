// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Emulator.Hosting;

namespace Kandy.Emulator.Tests.Support;

/// <summary>
/// A test class with its own emulator per test and a Kandy Link client for it: the emulator keeps state
/// (subscriptions, faults, journal), so each test starts from a fresh one.
/// </summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    /// <summary>The first seeded demo user.</summary>
    protected const string Alice = "alice@kandy.test";

    /// <summary>The running emulator.</summary>
    protected EmulatorHost Emulator { get; private set; } = null!;

    /// <summary>A client speaking the Kandy Link paths and the control API of <see cref="Emulator"/>.</summary>
    private protected LinkClient Client { get; private set; } = null!;

    /// <summary>The options the emulator starts with; override to inject a fake clock.</summary>
    protected virtual EmulatorOptions CreateOptions() => new();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Emulator = await EmulatorHost.StartAsync(CreateOptions());
        Client = LinkClient.For(Emulator);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
