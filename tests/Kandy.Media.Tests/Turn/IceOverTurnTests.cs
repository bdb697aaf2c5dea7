// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Ice;
using Xunit.Abstractions;

namespace Kandy.Media.Tests.Turn;

/// <summary>An ICE agent whose only candidate is relayed through coturn connects to a host-only agent.</summary>
[Trait("Category", "integration")]
public sealed class IceOverTurnTests(CoturnServer server, ITestOutputHelper output) : IClassFixture<CoturnServer>
{
    [Fact]
    public async Task RelayOnlyAgentConnectsThroughTheRelay()
    {
        var relayOptions = Options(IceRole.Controlling);
        relayOptions.RelayOnly = true;
        relayOptions.Servers.Add(new IceServer(server.EndPoint, CoturnServer.User, CoturnServer.Password));
        relayOptions.LoggerFactory = new RecordingLoggerFactory(output);
        using var relayed = new IceAgent(relayOptions);
        using var direct = new IceAgent(Options(IceRole.Controlled));
        var received = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        direct.DatagramReceived += (_, data) => received.TrySetResult(data.ToArray());
        var echoed = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        relayed.DatagramReceived += (_, data) => echoed.TrySetResult(data.ToArray());
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        direct.StateChanged += (_, state) =>
        {
            if (state == IceConnectionState.Completed)
            {
                completed.TrySetResult();
            }
        };

        await Task.WhenAll(relayed.GatherAsync(), direct.GatherAsync()).WaitAsync(TimeSpan.FromSeconds(5));
        var relayCandidate = Assert.Single(relayed.LocalCandidates);
        Assert.Equal(IceCandidateType.Relayed, relayCandidate.Type);
        Assert.NotNull(relayCandidate.RelatedEndPoint);

        relayed.SetRemoteCredentials(direct.LocalUsernameFragment, direct.LocalPassword);
        direct.SetRemoteCredentials(relayed.LocalUsernameFragment, relayed.LocalPassword);
        foreach (var candidate in direct.LocalCandidates)
        {
            relayed.AddRemoteCandidate(candidate);
        }

        direct.AddRemoteCandidate(relayCandidate);
        await completed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(relayCandidate.EndPoint, direct.SelectedPair!.Remote.EndPoint);
        Assert.True(direct.Send(new byte[] { 0x80, 7 }));
        Assert.Equal(new byte[] { 0x80, 7 }, await echoed.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(relayed.Send(new byte[] { 0x80, 8 }));
        Assert.Equal(new byte[] { 0x80, 8 }, await received.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(IceCandidateType.Relayed, relayed.SelectedPair!.Local.Type);
    }

    private static IceAgentOptions Options(IceRole role) => new()
    {
        Role = role,
        IncludeLoopback = true,
        HostAddresses = new List<IPAddress> { IPAddress.Loopback },
    };
}
