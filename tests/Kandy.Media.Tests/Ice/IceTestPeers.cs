// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Ice;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Media.Tests.Ice;

/// <summary>Two agents on a virtual network with a fake clock, and the signalling between them.</summary>
internal sealed class IceTestPeers : IDisposable
{
    public IceTestPeers(Action<IceAgentOptions>? configureA = null, Action<IceAgentOptions>? configureB = null, bool ipv6 = false)
    {
        Network = new VirtualNetwork(Time, TimeSpan.FromMilliseconds(2));
        A = new IceAgent(Options(ipv6 ? "fd00::1" : "10.0.0.1", IceRole.Controlling, configureA));
        B = new IceAgent(Options(ipv6 ? "fd00::2" : "10.0.0.2", IceRole.Controlled, configureB));
        A.DatagramReceived += (pair, data) => ReceivedByA.Add(data.ToArray());
        B.DatagramReceived += (pair, data) => ReceivedByB.Add(data.ToArray());
        A.StateChanged += (_, state) => StatesOfA.Add(state);
        B.StateChanged += (_, state) => StatesOfB.Add(state);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    public VirtualNetwork Network { get; }

    public IceAgent A { get; }

    public IceAgent B { get; }

    public List<byte[]> ReceivedByA { get; } = new();

    public List<byte[]> ReceivedByB { get; } = new();

    public List<IceConnectionState> StatesOfA { get; } = new();

    public List<IceConnectionState> StatesOfB { get; } = new();

    /// <summary>Gathers on both sides and gives each the other's credentials and candidates, as an SDP exchange would.</summary>
    public void Signal(bool candidatesToA = true, bool candidatesToB = true)
    {
        Assert.True(A.GatherAsync().IsCompletedSuccessfully);
        Assert.True(B.GatherAsync().IsCompletedSuccessfully);
        Exchange(candidatesToA, candidatesToB);
    }

    public void Exchange(bool candidatesToA = true, bool candidatesToB = true)
    {
        B.SetRemoteCredentials(A.LocalUsernameFragment, A.LocalPassword);
        A.SetRemoteCredentials(B.LocalUsernameFragment, B.LocalPassword);
        if (candidatesToB)
        {
            foreach (var candidate in A.LocalCandidates)
            {
                Assert.True(B.AddRemoteCandidate(Reparse(candidate)));
            }
        }

        if (candidatesToA)
        {
            foreach (var candidate in B.LocalCandidates)
            {
                Assert.True(A.AddRemoteCandidate(Reparse(candidate)));
            }
        }
    }

    /// <summary>Advances the clock in small steps until <paramref name="done"/> or <paramref name="limit"/>.</summary>
    public bool RunUntil(Func<bool> done, TimeSpan limit)
    {
        var end = Time.GetUtcNow() + limit;
        while (!done())
        {
            if (Time.GetUtcNow() >= end)
            {
                return false;
            }

            Time.Advance(TimeSpan.FromMilliseconds(10));
        }

        return true;
    }

    public void Run(TimeSpan duration) => RunUntil(() => false, duration);

    public bool BothCompleted() => A.State == IceConnectionState.Completed && B.State == IceConnectionState.Completed;

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
    }

    // Candidates travel as SDP text, so the round trip through the writer and parser is exercised too.
    private static IceCandidate Reparse(IceCandidate candidate)
    {
        Assert.True(IceCandidate.TryParse("a=" + candidate, out var parsed));
        return parsed;
    }

    private IceAgentOptions Options(string address, IceRole role, Action<IceAgentOptions>? configure)
    {
        var options = new IceAgentOptions
        {
            Role = role,
            TimeProvider = Time,
            SocketFactory = Network,
            HostAddresses = new List<IPAddress> { IPAddress.Parse(address) },
        };
        configure?.Invoke(options);
        return options;
    }
}
