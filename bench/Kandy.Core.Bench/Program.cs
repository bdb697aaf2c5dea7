// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using Kandy.Core;
using Kandy.Core.Auth;
using Kandy.Emulator.Hosting;

// Warm connect time: setCredentials + subscribe until the notification WebSocket is open, against an
// in-process emulator on 127.0.0.1. Usage: dotnet run -c Release --project bench/Kandy.Core.Bench [-- iterations]
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
const int WarmUp = 20;
string[] services = ["call", "IM", "Presence"];

await using var emulator = await EmulatorHost.StartAsync();
var user = emulator.Users[0];

var fresh = await MeasureAsync(async () =>
{
    await using var client = NewClient(emulator);
    var watch = Stopwatch.StartNew();
    client.SetCredentials(new KandyPasswordCredential(user.UserName, user.Password));
    await client.SubscribeAsync(services, null, CancellationToken.None);
    var elapsed = watch.Elapsed;
    await client.UnsubscribeAsync(services, CancellationToken.None);
    return elapsed;
});

await using var reused = NewClient(emulator);
reused.SetCredentials(new KandyPasswordCredential(user.UserName, user.Password));
var again = await MeasureAsync(async () =>
{
    var watch = Stopwatch.StartNew();
    await reused.SubscribeAsync(services, null, CancellationToken.None);
    var elapsed = watch.Elapsed;
    await reused.UnsubscribeAsync(services, CancellationToken.None);
    return elapsed;
});

Report("new client per session", fresh);
Report("same client, re-subscribe", again);

async Task<List<double>> MeasureAsync(Func<Task<TimeSpan>> once)
{
    for (var i = 0; i < WarmUp; i++)
    {
        await once();
    }

    var samples = new List<double>(iterations);
    for (var i = 0; i < iterations; i++)
    {
        samples.Add((await once()).TotalMilliseconds);
    }

    samples.Sort();
    return samples;
}

void Report(string name, List<double> sorted) => Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{name}: median {sorted[sorted.Count / 2]:F2} ms, p90 {sorted[sorted.Count * 9 / 10]:F2} ms, min {sorted[0]:F2} ms ({sorted.Count} samples after {WarmUp} warm-up)"));

static KandyClient NewClient(EmulatorHost emulator)
{
    return new KandyClient(new KandyClientOptions().UseServer(emulator.Uri));
}
