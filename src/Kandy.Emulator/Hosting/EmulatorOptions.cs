// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Emulator.Users;

namespace Kandy.Emulator.Hosting;

/// <summary>How to start an emulator. The defaults match the command line without arguments.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Gets the TCP port on 127.0.0.1; 0 (the default) lets the system choose.</summary>
    public int Port { get; init; }

    /// <summary>Gets a value indicating whether to serve HTTPS/WSS with a generated self-signed certificate.</summary>
    public bool UseHttps { get; init; }

    /// <summary>Gets the directory holding the SQLite state; null keeps everything in memory.</summary>
    public string? DataPath { get; init; }

    /// <summary>Gets a JSON file with an array of users; used instead of <see cref="DemoUsers"/>.</summary>
    public string? UsersFile { get; init; }

    /// <summary>Gets users to start with instead of <see cref="DemoUsers"/> (ignored when <see cref="UsersFile"/> is set).</summary>
    public IReadOnlyList<EmulatorUser>? Users { get; init; }

    /// <summary>Gets the clock for subscription expiry, tokens and socket supervision (a fake clock in tests).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets how long a notification socket may stay silent before it is closed with 1001.</summary>
    public TimeSpan SocketIdleTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Gets how many subscriptions one user may hold at once.</summary>
    public int MaxSessionsPerUser { get; init; } = 5;

    /// <summary>Gets the minimum level of log output (written to standard error in process mode).</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Gets an optional hook to add log providers, for example one that writes to a test's output.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
