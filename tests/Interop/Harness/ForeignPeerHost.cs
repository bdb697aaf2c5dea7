// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kandy.Interop.Tests.Harness;

/// <summary>Runs <c>peers/host.js</c> in Node and calls it over stdin/stdout JSON lines.</summary>
/// <remarks>One host serves every peer of a test class; closing stdin makes it close Chromium and exit.</remarks>
public sealed class ForeignPeerHost : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> errors = new();
    private int sequence;
    private int peers;

    private ForeignPeerHost(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errors.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Gets the folder of the interop project sources (peers/, node_modules/).</summary>
    public static string InteropDirectory { get; } = typeof(ForeignPeerHost).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "InteropDirectory").Value!;

    /// <summary>Gets what Node wrote to stderr, for failure messages.</summary>
    public string ErrorOutput => string.Join('\n', errors);

    public static async Task<ForeignPeerHost> StartAsync()
    {
        var start = new ProcessStartInfo("node", Path.Combine(InteropDirectory, "peers", "host.js"))
        {
            WorkingDirectory = InteropDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var host = new ForeignPeerHost(Process.Start(start) ?? throw new InvalidOperationException("node did not start"));
        await host.ready.Task.WaitAsync(TimeSpan.FromSeconds(20));
        return host;
    }

    /// <summary>Creates a peer of the given kind with an audio track.</summary>
    /// <param name="kind"><c>chromium</c> or <c>wrtc</c>.</param>
    /// <param name="configuration">The RTCConfiguration, e.g. relay policy and ICE servers.</param>
    public async Task<ForeignPeer> CreatePeerAsync(string kind, object? configuration = null)
    {
        var id = kind + "-" + Interlocked.Increment(ref peers);
        await CallAsync(kind, "create", id, configuration ?? new { });
        return new ForeignPeer(this, kind, id);
    }

    internal async Task<JsonNode?> CallAsync(string kind, string operation, params object?[] args)
    {
        var seq = Interlocked.Increment(ref sequence);
        var reply = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[seq] = reply;
        var line = JsonSerializer.Serialize(new { seq, kind, op = operation, args });
        await process.StandardInput.WriteLineAsync(line);
        await process.StandardInput.FlushAsync();
        try
        {
            return await reply.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{kind} {operation} did not answer. Node stderr:\n{ErrorOutput}", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        finally
        {
            process.Dispose();
        }
    }

    private void OnLine(string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return;
        }

        var message = JsonNode.Parse(line)!;
        if (message["ready"] is not null)
        {
            ready.TrySetResult();
            return;
        }

        var seq = message["seq"]!.GetValue<int>();
        if (!pending.TryRemove(seq, out var reply))
        {
            return;
        }

        if (message["ok"]!.GetValue<bool>())
        {
            reply.TrySetResult(message["result"]);
        }
        else
        {
            reply.TrySetException(new InvalidOperationException("Foreign peer: " + message["error"]));
        }
    }
}
