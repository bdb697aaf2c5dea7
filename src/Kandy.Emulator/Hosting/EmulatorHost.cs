// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Security.Cryptography.X509Certificates;
using Kandy.Emulator.Storage;
using Kandy.Emulator.Users;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Kandy.Emulator.Hosting;

/// <summary>
/// A running emulator inside the current process, for tests: <c>await using var emulator = await EmulatorHost.StartAsync();</c>.
/// The command-line program is a thin wrapper around it.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly IDocumentStore store;

    private EmulatorHost(WebApplication app, IDocumentStore store, ReadyInfo ready, X509Certificate2? certificate)
    {
        this.app = app;
        this.store = store;
        Ready = ready;
        Certificate = certificate;
    }

    /// <summary>Gets what the emulator announces (the ready line's contents).</summary>
    public ReadyInfo Ready { get; }

    /// <summary>Gets the base URI of Kandy Link REST and WebSocket endpoints, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Uri => Ready.Uri;

    /// <summary>Gets the base URI of the control API.</summary>
    public Uri ControlUri => Ready.ControlUri;

    /// <summary>Gets the users that can sign in.</summary>
    public IReadOnlyList<EmulatorUser> Users => Ready.Users;

    /// <summary>Gets the self-signed HTTPS certificate, or null for plain HTTP.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>Starts an emulator and returns once it accepts connections.</summary>
    /// <param name="options">Start options; null for the defaults (in memory, demo users, HTTP, port 0).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop.</returns>
    public static async Task<EmulatorHost> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        IDocumentStore store = options.DataPath is null ? new InMemoryDocumentStore() : new SqliteDocumentStore(options.DataPath);
        var certificate = options.UseHttps ? SelfSignedCertificate.Create(TimeProvider.System) : null;
        try
        {
            var app = EmulatorApp.Build(options, store, certificate);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var uri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
            var users = app.Services.GetRequiredService<UserDirectory>().All;
            var ready = new ReadyInfo(uri, new Uri(uri, "/_emulator"), users, new Dictionary<string, string>());
            return new EmulatorHost(app, store, ready, certificate);
        }
        catch
        {
            store.Dispose();
            certificate?.Dispose();
            throw;
        }
    }

    /// <summary>Completes when the emulator stops (for example on SIGTERM in process mode).</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes at shutdown.</returns>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops the emulator, closing open sockets with 1001 first.</summary>
    /// <returns>A task that completes when everything is released.</returns>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        store.Dispose();
        Certificate?.Dispose();
    }
}
