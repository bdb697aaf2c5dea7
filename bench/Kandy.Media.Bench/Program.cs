// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Kandy.Media.Bench;

if (!CrossCheck.Run())
{
    return 1;
}

// In-process keeps libsrtp and our code in one process (as the issue asks) and skips a per-benchmark build,
// which matters on a 2-core machine. "--short" trades precision for time.
var job = args.Contains("--short")
    ? Job.Default.WithWarmupCount(2).WithIterationCount(6)
    : Job.Default;
var config = DefaultConfig.Instance
    .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance).WithInvocationCount(1).WithUnrollFactor(1))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
var rest = args.Where(a => a is not "--short" and not "--dtls").ToArray();
if (args.Contains("--dtls"))
{
    BenchmarkRunner.Run<DtlsHandshakeBenchmarks>(config, rest);
}
else
{
    BenchmarkRunner.Run<SrtpBenchmarks>(config, rest);
}

return 0;
