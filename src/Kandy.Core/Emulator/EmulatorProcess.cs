// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;

namespace Kandy.Core.Emulator;

/// <summary>
/// A Kandy Link emulator running in a child process. It is started with <c>--parent-pid</c>, so it also
/// ends when this process ends; <see cref="DisposeAsync"/> closes its stdin, which ends it at once.
/// </summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    private const int DiagnosticLines = 20;
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private readonly Process _process;

    private EmulatorProcess(Process process, EmulatorInfo info)
    {
        _process = process;
        Info = info;
    }

    /// <summary>Endpoints, users and numbers the emulator announced.</summary>
    public EmulatorInfo Info { get; }

    /// <summary>Operating-system id of the emulator process.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Whether the emulator process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts an emulator and waits for its ready line.</summary>
    /// <param name="options">Where the emulator is and how to start it.</param>
    /// <param name="cancellationToken">Cancels the wait; the half-started process is then ended.</param>
    /// <returns>The running emulator.</returns>
    /// <exception cref="FileNotFoundException">The emulator assembly does not exist.</exception>
    /// <exception cref="InvalidOperationException">The emulator ended or stayed silent before it was ready.</exception>
    public static async Task<EmulatorProcess> StartAsync(EmulatorLaunchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.EmulatorPath))
        {
            throw new FileNotFoundException("The emulator is not where the module expects it.", options.EmulatorPath);
        }

        var process = new Process { StartInfo = CreateStartInfo(options), EnableRaisingEvents = true };
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var diagnostics = new Queue<string>();
        process.OutputDataReceived += (_, e) => OnOutput(e.Data, ready, diagnostics);
        process.ErrorDataReceived += (_, e) => Remember(diagnostics, e.Data);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException(ExitMessage(process, diagnostics)));

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var json = await ready.Task.WaitAsync(options.StartTimeout, cancellationToken).ConfigureAwait(false);
            return new EmulatorProcess(process, EmulatorInfo.Parse(json));
        }
        catch (TimeoutException ex)
        {
            await EndAsync(process).ConfigureAwait(false);
            throw new InvalidOperationException(
                $"The emulator did not report ready within {options.StartTimeout.TotalSeconds:0} s.", ex);
        }
        catch
        {
            await EndAsync(process).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Ends the emulator: closes its stdin, then kills it if it is still running after a grace period.</summary>
    /// <returns>A task that completes when the process has ended.</returns>
    public ValueTask DisposeAsync() => new(EndAsync(_process));

    private static ProcessStartInfo CreateStartInfo(EmulatorLaunchOptions options)
    {
        var info = new ProcessStartInfo(options.DotnetPath ?? FindDotnet())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        info.ArgumentList.Add(options.EmulatorPath);
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add(options.Port.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add("--parent-pid");
        info.ArgumentList.Add((options.ParentProcessId ?? Environment.ProcessId).ToString(CultureInfo.InvariantCulture));
        if (options.Https)
        {
            info.ArgumentList.Add("--https");
        }

        if (options.DataPath is not null)
        {
            info.ArgumentList.Add("--data-path");
            info.ArgumentList.Add(options.DataPath);
        }

        if (options.UserFile is not null)
        {
            info.ArgumentList.Add("--users");
            info.ArgumentList.Add(options.UserFile);
        }

        return info;
    }

    private static string FindDotnet()
    {
        // Under `dotnet pwsh` the current process is the dotnet host itself.
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var candidate = root is null ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return candidate is not null && File.Exists(candidate) ? candidate : "dotnet";
    }

    private static void OnOutput(string? line, TaskCompletionSource<string> ready, Queue<string> diagnostics)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith(EmulatorInfo.ReadyPrefix, StringComparison.Ordinal))
        {
            ready.TrySetResult(line[EmulatorInfo.ReadyPrefix.Length..]);
            return;
        }

        Remember(diagnostics, line);
    }

    private static void Remember(Queue<string> diagnostics, string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (diagnostics)
        {
            diagnostics.Enqueue(line);
            while (diagnostics.Count > DiagnosticLines)
            {
                diagnostics.Dequeue();
            }
        }
    }

    private static string ExitMessage(Process process, Queue<string> diagnostics)
    {
        string tail;
        lock (diagnostics)
        {
            tail = string.Join(Environment.NewLine, diagnostics);
        }

        var code = process.HasExited ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "?";
        return tail.Length == 0
            ? $"The emulator exited with code {code} before it was ready."
            : $"The emulator exited with code {code} before it was ready:{Environment.NewLine}{tail}";
    }

    private static async Task EndAsync(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                // EOF on stdin is the emulator's polite stop signal (see the emulator contract).
                process.StandardInput.Close();
                using var grace = new CancellationTokenSource(StopGrace);
                try
                {
                    await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped: nothing left to end.
        }
        finally
        {
            process.Dispose();
        }
    }
}
