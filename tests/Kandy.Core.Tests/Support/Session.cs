// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Auth;
using Kandy.Emulator.Hosting;

namespace Kandy.Core.Tests.Support;

/// <summary>A client pointed at the emulator, with its recorded events and logs.</summary>
internal sealed class Session : IAsyncDisposable
{
    private Session(KandyClient client, RecordingLogSink log)
    {
        Client = client;
        Log = log;
        Events = new EventRecorder(client);
    }

    public KandyClient Client { get; }

    public RecordingLogSink Log { get; }

    public EventRecorder Events { get; }

    public static Session Create(EmulatorHost emulator, Action<KandyClientOptions>? configure = null)
    {
        var options = new KandyClientOptions().UseServer(emulator.Uri);
        var log = new RecordingLogSink();
        options.LogSink = log;
        options.LogLevel = Logging.KandyLogLevel.Trace;
        configure?.Invoke(options);
        return new Session(new KandyClient(options), log);
    }

    public static KandyPasswordCredential Password(EmulatorHost emulator, int user = 0) =>
        new(emulator.Users[user].UserName, emulator.Users[user].Password);

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
