// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Ice;

namespace Kandy.Media.Tests.Ice;

/// <summary>Two agents over real UDP sockets on 127.0.0.1 and ::1 with the system clock.</summary>
[Trait("Category", "integration")]
public sealed class IceLoopbackUdpTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task AgentsConnectOverLoopbackAndExchangeDatagrams(string loopback)
    {
        var address = IPAddress.Parse(loopback);
        using var a = new IceAgent(Options(IceRole.Controlling, address));
        using var b = new IceAgent(Options(IceRole.Controlled, address));
        var receivedByB = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var receivedByA = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        b.DatagramReceived += (_, data) => receivedByB.TrySetResult(data.ToArray());
        a.DatagramReceived += (_, data) => receivedByA.TrySetResult(data.ToArray());
        var completedA = Completed(a);
        var completedB = Completed(b);

        await Task.WhenAll(a.GatherAsync(), b.GatherAsync()).WaitAsync(TimeSpan.FromSeconds(5));
        var hostA = Assert.Single(a.LocalCandidates);
        Assert.Equal(IceCandidateType.Host, hostA.Type);
        Assert.Equal(address, hostA.EndPoint.Address);

        var started = System.Diagnostics.Stopwatch.StartNew();
        a.SetRemoteCredentials(b.LocalUsernameFragment, b.LocalPassword);
        b.SetRemoteCredentials(a.LocalUsernameFragment, a.LocalPassword);
        a.AddRemoteCandidate(b.LocalCandidates[0]);
        b.AddRemoteCandidate(hostA);
        await Task.WhenAll(completedA, completedB).WaitAsync(TimeSpan.FromSeconds(5));
        output.WriteLine($"both agents completed {started.Elapsed.TotalMilliseconds:F1} ms after the credentials were set");

        Assert.True(a.Send(new byte[] { 0x80, 0x00, 0x00, 0x01 }));
        Assert.True(b.Send(new byte[] { 0x17, 0xFE, 0xFD }));
        Assert.Equal(new byte[] { 0x80, 0x00, 0x00, 0x01 }, await receivedByB.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(new byte[] { 0x17, 0xFE, 0xFD }, await receivedByA.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.NotNull(a.SelectedPair!.CurrentRoundTripTime);
    }

    private static IceAgentOptions Options(IceRole role, IPAddress address) => new()
    {
        Role = role,
        IncludeLoopback = true,
        HostAddresses = new List<IPAddress> { address },
    };

    private static Task Completed(IceAgent agent)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        agent.StateChanged += (_, state) =>
        {
            if (state == IceConnectionState.Completed)
            {
                done.TrySetResult();
            }
        };
        return done.Task;
    }
}
