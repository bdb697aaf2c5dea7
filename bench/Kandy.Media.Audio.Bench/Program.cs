// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Kandy.Media.Audio;
using Kandy.Media.Audio.Bench;

// One run, side by side: BenchmarkDotNet for the per-frame encode cost, then the real-time encoder capacity,
// then the jitter buffer against the fixed 60 ms baseline. Pass "--quick" to skip BenchmarkDotNet.
var quick = args.Contains("--quick");
if (!quick)
{
    // In-process, as the SRTP bench does: no per-benchmark build on a 2-core machine.
    BenchmarkRunner.Run<OpusEncodeBenchmarks>(DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator));
}

var culture = CultureInfo.InvariantCulture;
Console.WriteLine();
foreach (var complexity in new[] { 5, 10 })
{
    var cpuPerFrame = RealTimeEncoderRun.CpuMsPerFrame(complexity, 3000);
    Console.WriteLine(string.Format(
        culture,
        "Opus complexity {0,2}: {1:F3} ms CPU per 20 ms frame => {2:F0} encoders per core, {3:F0} on {4} cores (CPU time, not disturbed by other load)",
        complexity,
        cpuPerFrame,
        20 / cpuPerFrame,
        Environment.ProcessorCount * 20 / cpuPerFrame,
        Environment.ProcessorCount));
}

Console.WriteLine();
Console.WriteLine($"Concurrent Opus encoders, complexity 5, 20 ms frames paced by AudioFrameClock ({Environment.ProcessorCount} cores)");
Console.WriteLine("encoders | late (>20 ms) | lateness p99 | CPU used | CPU/frame | capacity by CPU");
var capacity = 0;
foreach (var n in new[] { 1, 10, 20, 30, 40, 50, 60, 80 })
{
    var (lateShare, p99, cpu, cpuPerFrame) = RealTimeEncoderRun.Run(n, 5, TimeSpan.FromSeconds(quick ? 3 : 6));
    Console.WriteLine(string.Format(
        culture,
        "{0,8} | {1,12:P2} | {2,9:F1} ms | {3,7:P0} | {4,6:F3} ms | {5,6:F0}",
        n,
        lateShare,
        p99,
        cpu,
        cpuPerFrame,
        Environment.ProcessorCount * 20 / cpuPerFrame));
    if (lateShare < 0.01)
    {
        capacity = n;
    }
}

Console.WriteLine(string.Format(culture, "=> up to {0} encoders in real time with < 1 % late frames (load average now {1})", capacity, File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a"));
Console.WriteLine();
Console.WriteLine("Jitter buffer, 5 % random loss, 0-40 ms uniform extra delay, 10 min of 20 ms packets, 5 seeds");
Console.WriteLine("buffer          | concealed | late pkts | in buffer | send->play | target");
var modes = new (string Name, JitterBufferOptions Options)[]
{
    ("adaptive", new JitterBufferOptions()),
    ("fixed 60 ms", new JitterBufferOptions { Adaptive = false, InitialDelay = TimeSpan.FromMilliseconds(60) }),
};
foreach (var (name, options) in modes)
{
    var runs = Enumerable.Range(1, 5).Select(seed => JitterSimulation.Run(options, 0.05, 40, 30_000, seed)).ToList();
    Console.WriteLine(string.Format(
        culture,
        "{0,-15} | {1,9:P2} | {2,9:P2} | {3,6:F1} ms | {4,7:F1} ms | {5,4:F0} ms",
        name,
        runs.Average(r => r.ConcealmentRatio),
        runs.Average(r => r.LateShare),
        runs.Average(r => r.MeanBufferDelayMs),
        runs.Average(r => r.MeanAddedDelayMs),
        runs.Average(r => r.TargetDelayMs)));
}
