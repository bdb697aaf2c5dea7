// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Kandy.Media.Stun;

namespace Kandy.Media.Tests.Turn;

/// <summary>
/// A real Debian coturn on 127.0.0.1 with a free port, one long-term user, its own temp directory for database,
/// log and pid file, and nonces that go stale after a second (to exercise 438). Killed on dispose.
/// </summary>
public sealed class CoturnServer : IDisposable
{
    public const string User = "alice";
    public const string Password = "s3cret-Pass";
    public const string Realm = "kandy.test";

    private readonly Process _process;
    private readonly string _directory;

    public CoturnServer()
    {
        _directory = Directory.CreateTempSubdirectory("kandy-coturn-").FullName;
        var port = FreeUdpPort();
        EndPoint = new IPEndPoint(IPAddress.Loopback, port);
        var arguments = new[]
        {
            "-n", "--listening-ip=127.0.0.1", "--relay-ip=127.0.0.1", $"--listening-port={port}",
            "--allow-loopback-peers", "--lt-cred-mech", $"--user={User}:{Password}", $"--realm={Realm}",
            "--no-tls", "--no-dtls", "--no-tcp-relay", "--no-cli", "--stale-nonce=1", "--no-stdout-log", "--simple-log",
            $"--log-file={Path.Combine(_directory, "turn.log")}", $"--pidfile={Path.Combine(_directory, "turn.pid")}",
            $"--userdb={Path.Combine(_directory, "turndb")}",
        };
        var start = new ProcessStartInfo("turnserver") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("turnserver did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilAnswering();
    }

    public IPEndPoint EndPoint { get; }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static int FreeUdpPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }

    /// <summary>Sends STUN Binding requests until coturn answers (at most 10 s).</summary>
    private void WaitUntilAnswering()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp) { ReceiveTimeout = 100 };
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var buffer = new byte[1500];
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"turnserver exited with {_process.ExitCode}");
            }

            socket.SendTo(new StunMessageBuilder(StunMethod.Binding, StunClass.Request, StunTransactionId.NewId()).Build(), EndPoint);
            try
            {
                var length = socket.Receive(buffer);
                if (StunMessage.TryParse(buffer.AsSpan(0, length), out _))
                {
                    return;
                }
            }
            catch (SocketException)
            {
                // Not listening yet (timeout or ICMP refused); try again.
            }
        }

        throw new TimeoutException("turnserver did not answer STUN within 10 s");
    }
}
