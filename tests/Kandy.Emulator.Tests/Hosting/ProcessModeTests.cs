// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using System.Text.Json.Nodes;
using Kandy.Emulator.Hosting;

namespace Kandy.Emulator.Tests.Hosting;

public sealed class ProcessModeTests
{
    [Fact]
    public async Task ProcessPrintsReadyLineServesAndExitsWhenStdinCloses()
    {
        using var process = Start();
        var line = await ReadReadyLineAsync(process);
        var ready = JsonNode.Parse(line[ReadyInfo.LinePrefix.Length..])!;
        using var http = new HttpClient();
        var state = JsonNode.Parse(await http.GetStringAsync(ready["controlUri"]!.GetValue<string>() + "/state"))!;

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await process.WaitForExitAsync(timeout.Token);

        Assert.StartsWith("http://127.0.0.1:", ready["uri"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("alice@kandy.test", state["users"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task ProcessWithHttpsServesTls()
    {
        using var process = Start("--https");
        var ready = JsonNode.Parse((await ReadReadyLineAsync(process))[ReadyInfo.LinePrefix.Length..])!;
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate!.Subject == "CN=Kandy Emulator" };
        using var http = new HttpClient(handler);

        var pem = await http.GetStringAsync(ready["controlUri"]!.GetValue<string>() + "/certificate");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await process.WaitForExitAsync(timeout.Token);

        Assert.StartsWith("https://127.0.0.1:", ready["uri"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", pem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessExitsOnSigterm()
    {
        using var process = Start();
        await ReadReadyLineAsync(process);

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await process.WaitForExitAsync(timeout.Token);

        // A graceful stop returns 0; dying of the signal would give 143.
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task ProcessExitsWhenParentExits()
    {
        using var parent = Process.Start("sleep", ["30"]);
        using var process = Start("--parent-pid", parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ReadReadyLineAsync(process);

        parent.Kill();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task BadOptionExitsWithCode2()
    {
        using var process = Start("--port", "not-a-number");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));

        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kandy.Emulator.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<string> ReadReadyLineAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        Assert.NotNull(line);
        return line;
    }
}
