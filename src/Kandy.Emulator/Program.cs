// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using Kandy.Emulator.Hosting;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

var commandLine = CommandLine.Parse(args, out var error);
if (commandLine is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

// Standard output carries only the ready line; logs go to standard error.
var options = new EmulatorOptions
{
    Port = commandLine.Options.Port,
    UseHttps = commandLine.Options.UseHttps,
    DataPath = commandLine.Options.DataPath,
    UsersFile = commandLine.Options.UsersFile,
    MinimumLogLevel = commandLine.Options.MinimumLogLevel,
    ConfigureLogging = logging => logging.AddSimpleConsole(console => console.SingleLine = true)
        .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace),
};

await using var host = await EmulatorHost.StartAsync(options).ConfigureAwait(false);
Console.Out.WriteLine(host.Ready.ToLine());
Console.Out.Flush();

using var stop = new CancellationTokenSource();
var reasons = new List<Task> { host.WaitForShutdownAsync(stop.Token), StdinClosedAsync(stop.Token) };
if (commandLine.ParentPid is { } parentPid)
{
    reasons.Add(ParentExitedAsync(parentPid, stop.Token));
}

await Task.WhenAny(reasons).ConfigureAwait(false);
await stop.CancelAsync().ConfigureAwait(false);
return 0;

static async Task StdinClosedAsync(CancellationToken cancellationToken)
{
    // The launcher keeps our standard input open; its end (EOF) means "stop".
    using var input = Console.OpenStandardInput();
    var buffer = new byte[256];
    try
    {
        while (await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0)
        {
        }
    }
    catch (OperationCanceledException)
    {
    }
}

static async Task ParentExitedAsync(int pid, CancellationToken cancellationToken)
{
    try
    {
        using var parent = Process.GetProcessById(pid);
        await parent.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
    }
    catch (ArgumentException)
    {
        // Already gone.
    }
    catch (OperationCanceledException)
    {
    }
}
