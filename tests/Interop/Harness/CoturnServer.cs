// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kandy.Interop.Tests.Harness;

/// <summary>Debian's coturn on 127.0.0.1 with one long-term credential and loopback peers allowed.</summary>
public sealed class CoturnServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly string directory;

    private CoturnServer(Process process, string directory, int port)
    {
        this.process = process;
        this.directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string UserName { get; } = "kandy";

    public string Password { get; } = "interop-secret";

    public string Realm { get; } = "kandy.test";

    public string Url => $"turn:127.0.0.1:{Port}?transport=udp";

    /// <summary>Gets the lowest port coturn relays from.</summary>
    public const int MinRelayPort = 49200;

    /// <summary>Gets the highest port coturn relays from.</summary>
    public const int MaxRelayPort = 49400;

    public static async Task<CoturnServer> StartAsync()
    {
        // coturn cannot listen on port 0, so borrow a free port from the kernel first.
        int port;
        using (var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0)))
        {
            port = ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
        }

        var directory = Directory.CreateTempSubdirectory("kandy-coturn-").FullName;
        var start = new ProcessStartInfo("turnserver")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-n", "--listening-ip=127.0.0.1", $"--listening-port={port}", "--relay-ip=127.0.0.1",
            "--allow-loopback-peers", "--no-tls", "--no-dtls", "--no-tcp", "--no-tcp-relay", "--no-cli",
            "--lt-cred-mech", "--user=kandy:interop-secret", "--realm=kandy.test", "--fingerprint",
            $"--min-port={MinRelayPort}", $"--max-port={MaxRelayPort}", "--log-file=stdout", "--simple-log",
            $"--pidfile={Path.Combine(directory, "turnserver.pid")}", $"--userdb={Path.Combine(directory, "turndb")}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("turnserver did not start");
        var readyLine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Total General servers", StringComparison.Ordinal) == true)
            {
                readyLine.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new CoturnServer(process, directory, port);
        try
        {
            await readyLine.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public object IceServer => new { urls = Url, username = UserName, credential = Password };

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await process.WaitForExitAsync(wait.Token);
            }
        }
        finally
        {
            process.Dispose();
            Directory.Delete(directory, recursive: true);
        }
    }
}
