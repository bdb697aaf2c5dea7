// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Ice;
using Kandy.Media.Stun;

namespace Kandy.Media.Tests.Ice;

[Trait("Category", "unit")]
public sealed class IceAgentTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(IceNominationMode.Regular, false)]
    [InlineData(IceNominationMode.Aggressive, false)]
    [InlineData(IceNominationMode.Regular, true)]
    public void ControllingAndControlledAgentsCompleteOnTheSamePair(IceNominationMode mode, bool ipv6)
    {
        using var peers = new IceTestPeers(a => a.Nomination = mode, ipv6: ipv6);
        peers.Signal();

        Assert.True(peers.RunUntil(peers.BothCompleted, Limit));
        var pairA = peers.A.SelectedPair!;
        var pairB = peers.B.SelectedPair!;
        Assert.True(pairA.Nominated);
        Assert.True(pairB.Nominated);
        Assert.Equal(pairA.Local.EndPoint, pairB.Remote.EndPoint);
        Assert.Equal(pairB.Local.EndPoint, pairA.Remote.EndPoint);
        Assert.Equal([IceConnectionState.Checking, IceConnectionState.Connected, IceConnectionState.Completed], peers.StatesOfA.Distinct());
        Assert.Equal(IceRole.Controlling, peers.A.Role);
        Assert.Equal(IceRole.Controlled, peers.B.Role);
    }

    [Fact]
    public void DatagramsFlowBothWaysOnTheSelectedPair()
    {
        using var peers = new IceTestPeers();
        peers.Signal();
        Assert.True(peers.RunUntil(peers.BothCompleted, Limit));

        Assert.True(peers.A.Send(new byte[] { 0x80, 1, 2, 3 }));
        Assert.True(peers.B.Send(new byte[] { 0x16, 0xFE, 0xFD }));
        peers.Run(TimeSpan.FromMilliseconds(50));

        Assert.Equal(new byte[] { 0x80, 1, 2, 3 }, Assert.Single(peers.ReceivedByB));
        Assert.Equal(new byte[] { 0x16, 0xFE, 0xFD }, Assert.Single(peers.ReceivedByA));
        Assert.Equal(4, peers.A.SelectedPair!.BytesSent);
        Assert.Equal(4, peers.B.SelectedPair!.BytesReceived);
    }

    [Theory]
    [InlineData(IceRole.Controlling)]
    [InlineData(IceRole.Controlled)]
    public void RoleConflictIsRepairedAndBothComplete(IceRole both)
    {
        using var peers = new IceTestPeers(a => a.Role = both, b => b.Role = both);
        peers.Signal();

        Assert.True(peers.RunUntil(peers.BothCompleted, Limit));
        Assert.NotEqual(peers.A.Role, peers.B.Role);

        // The tie-breakers decide who controls (RFC 8445 §7.3.1.1): the larger one.
        var aControls = peers.A.TieBreaker > peers.B.TieBreaker;
        Assert.Equal(aControls ? IceRole.Controlling : IceRole.Controlled, peers.A.Role);
    }

    [Fact]
    public void LiteAgentAnswersAndCompletesWhenNominated()
    {
        using var peers = new IceTestPeers(configureB: b => b.Lite = true);
        peers.Signal();

        Assert.True(peers.RunUntil(peers.BothCompleted, Limit));
        Assert.True(peers.B.IsLite);
        Assert.Equal(IceRole.Controlled, peers.B.Role);
        Assert.All(peers.B.CandidatePairs, p => Assert.Equal(0, p.RequestsSent));
        Assert.True(peers.B.SelectedPair!.Nominated);
    }

    [Fact]
    public void UnknownSourceBecomesAPeerReflexiveCandidate()
    {
        // A learns nothing of B's candidates: B's checks must teach it.
        using var peers = new IceTestPeers();
        peers.Signal(candidatesToA: false);

        Assert.True(peers.RunUntil(peers.BothCompleted, Limit));
        var learned = Assert.Single(peers.A.RemoteCandidates);
        Assert.Equal(IceCandidateType.PeerReflexive, learned.Type);
        Assert.Equal(peers.B.LocalCandidates[0].EndPoint, learned.EndPoint);
    }

    [Fact]
    public void ConsentLossGoesDisconnectedThenFailedAndStopsSending()
    {
        using var peers = new IceTestPeers();
        peers.Signal();
        Assert.True(peers.RunUntil(peers.BothCompleted, Limit));

        peers.Network.Drop = (_, _) => true;
        Assert.True(peers.RunUntil(() => peers.A.State == IceConnectionState.Disconnected, TimeSpan.FromSeconds(10)));
        Assert.True(peers.A.Send(new byte[] { 0x80 }));
        Assert.True(peers.RunUntil(() => peers.A.State == IceConnectionState.Failed, TimeSpan.FromSeconds(31)));
        Assert.False(peers.A.Send(new byte[] { 0x80 }));
        Assert.Equal(IceConnectionState.Failed, peers.B.State);
    }

    [Fact]
    public void ConsentRecoversFromDisconnected()
    {
        using var peers = new IceTestPeers();
        peers.Signal();
        Assert.True(peers.RunUntil(peers.BothCompleted, Limit));

        peers.Network.Drop = (_, _) => true;
        Assert.True(peers.RunUntil(() => peers.A.State == IceConnectionState.Disconnected, TimeSpan.FromSeconds(10)));
        peers.Network.Drop = null;
        Assert.True(peers.RunUntil(() => peers.A.State == IceConnectionState.Completed, TimeSpan.FromSeconds(3)));
        Assert.Equal([IceConnectionState.Checking, IceConnectionState.Connected, IceConnectionState.Completed, IceConnectionState.Disconnected, IceConnectionState.Completed], peers.StatesOfA);
    }

    [Fact]
    public void UnreachablePeerFails()
    {
        using var peers = new IceTestPeers();
        peers.Network.Drop = (_, _) => true;
        peers.Signal();

        Assert.True(peers.RunUntil(() => peers.A.State == IceConnectionState.Failed, TimeSpan.FromSeconds(25)));
        Assert.All(peers.A.CandidatePairs, p => Assert.Equal(IceCandidatePairState.Failed, p.State));
        Assert.Null(peers.A.SelectedPair);
        Assert.False(peers.A.Send(new byte[] { 0x80 }));
    }

    [Fact]
    public void RestartKeepsDataFlowingAndCompletesWithNewCredentials()
    {
        using var peers = new IceTestPeers();
        peers.Signal();
        Assert.True(peers.RunUntil(peers.BothCompleted, Limit));
        var oldUfrag = peers.A.LocalUsernameFragment;

        peers.A.Restart();
        peers.B.Restart();
        Assert.NotEqual(oldUfrag, peers.A.LocalUsernameFragment);
        Assert.True(peers.A.Send(new byte[] { 0x80, 9 }));
        peers.Run(TimeSpan.FromMilliseconds(20));
        Assert.Single(peers.ReceivedByB);

        peers.Exchange();
        Assert.True(peers.RunUntil(() => peers.BothCompleted() && peers.A.CandidatePairs.Any(p => p.Nominated), Limit));
        Assert.True(peers.A.Send(new byte[] { 0x80, 10 }));
        peers.Run(TimeSpan.FromMilliseconds(20));
        Assert.Equal(2, peers.ReceivedByB.Count);
    }

    [Fact]
    public void GarbageAndForgedChecksAreDroppedAndCounted()
    {
        using var peers = new IceTestPeers();
        peers.Signal();
        var target = peers.A.LocalCandidates[0].EndPoint;
        var attacker = new IPEndPoint(IPAddress.Parse("10.0.0.66"), 666);

        // Looks like STUN (cookie) but truncated; then a check signed with the wrong password; then data from a stranger.
        var valid = new StunMessageBuilder(StunMethod.Binding, StunClass.Request, StunTransactionId.NewId())
            .AddString(StunAttributeType.Username, peers.A.LocalUsernameFragment + ":x")
            .AddUInt32(StunAttributeType.Priority, 1)
            .Build(StunCredentials.ShortTermKey("wrong password"));
        peers.Network.Inject(attacker, target, valid[..30]);
        peers.Network.Inject(attacker, target, valid);
        peers.Network.Inject(attacker, target, new byte[] { 0x80, 0, 0, 1 });

        Assert.True(peers.RunUntil(peers.BothCompleted, Limit));
        Assert.Equal(3, peers.A.DroppedDatagramCount);
        Assert.DoesNotContain(peers.A.RemoteCandidates, c => c.EndPoint.Equals(attacker));
        Assert.Empty(peers.ReceivedByA);
    }

    [Fact]
    public void CloseReleasesEverythingAndRaisesClosed()
    {
        using var peers = new IceTestPeers();
        peers.Signal();
        Assert.True(peers.RunUntil(peers.BothCompleted, Limit));

        peers.A.Close();
        Assert.Equal(IceConnectionState.Closed, peers.A.State);
        Assert.Equal(IceConnectionState.Closed, peers.StatesOfA[^1]);
        Assert.False(peers.A.Send(new byte[] { 0x80 }));
        Assert.Throws<ObjectDisposedException>(() => peers.A.SetRemoteCredentials("abcd", "0123456789012345678901"));
    }

    [Fact]
    public void AgentBehindNatGathersServerReflexiveCandidateAndConnectsThroughIt()
    {
        var stunServer = new IPEndPoint(IPAddress.Parse("10.0.0.100"), 3478);
        using var peers = new IceTestPeers(a =>
        {
            a.HostAddresses = new List<IPAddress> { IPAddress.Parse("192.168.1.10") };
            a.Servers.Add(new IceServer(stunServer));
        });
        peers.Network.AddNat(IPAddress.Parse("192.168.1.10"), IPAddress.Parse("203.0.113.10"));
        using var server = peers.Network.Bind(stunServer);
        server.Received += (socket, from, data) =>
        {
            Assert.True(StunMessage.TryParse(data, out var request));
            socket.Send(StunMessageBuilder.ResponseTo(request, success: true).AddAddress(StunAttributeType.XorMappedAddress, from).Build(), from);
        };

        var gathering = peers.A.GatherAsync();
        Assert.False(gathering.IsCompleted);
        Assert.True(peers.RunUntil(() => gathering.IsCompleted, Limit));
        var host = peers.A.LocalCandidates.Single(c => c.Type == IceCandidateType.Host);
        var reflexive = peers.A.LocalCandidates.Single(c => c.Type == IceCandidateType.ServerReflexive);
        Assert.Equal(IPAddress.Parse("203.0.113.10"), reflexive.EndPoint.Address);
        Assert.Equal(host.EndPoint, reflexive.RelatedEndPoint);
        Assert.Equal(IceGatheringState.Complete, peers.A.GatheringState);

        peers.Signal();
        Assert.True(peers.RunUntil(peers.BothCompleted, Limit));
        Assert.Equal(reflexive.EndPoint, peers.B.SelectedPair!.Remote.EndPoint);
        Assert.Same(reflexive, peers.A.SelectedPair!.Local);
    }

    [Fact]
    public void GatheringCompletesWhenTheStunServerNeverAnswers()
    {
        using var peers = new IceTestPeers(a => a.Servers.Add(new IceServer(new IPEndPoint(IPAddress.Parse("10.0.0.99"), 3478))));
        var completed = 0;
        peers.A.GatheringCompleted += (_, _) => completed++;

        var gathering = peers.A.GatherAsync();
        Assert.True(peers.RunUntil(() => gathering.IsCompleted, TimeSpan.FromSeconds(10)));
        Assert.Equal(1, completed);
        Assert.Equal(IceCandidateType.Host, Assert.Single(peers.A.LocalCandidates).Type);
    }

    [Fact]
    public void CheckWithUnknownRequiredAttributeIsAnswered420()
    {
        using var peers = new IceTestPeers();
        peers.Signal();
        using var prober = peers.Network.Bind(new IPEndPoint(IPAddress.Parse("10.0.0.3"), 5000));
        StunMessage? answer = null;
        prober.Received += (_, _, data) => answer = StunMessage.TryParse(data, out var parsed) ? parsed : null;

        var request = new StunMessageBuilder(StunMethod.Binding, StunClass.Request, StunTransactionId.NewId())
            .AddString(StunAttributeType.Username, peers.A.LocalUsernameFragment + ":x")
            .AddUInt32(StunAttributeType.Priority, 1)
            .Add((StunAttributeType)0x0031, new byte[] { 1, 2, 3, 4 })
            .Build(StunCredentials.ShortTermKey(peers.A.LocalPassword));
        prober.Send(request, peers.A.LocalCandidates[0].EndPoint);
        peers.Run(TimeSpan.FromMilliseconds(20));

        Assert.NotNull(answer);
        Assert.Equal(StunClass.ErrorResponse, answer.Class);
        Assert.True(answer.TryGetError(out var code, out _));
        Assert.Equal(420, code);
        Assert.True(answer.TryGetAttribute(StunAttributeType.UnknownAttributes, out var listed));
        Assert.Equal(new byte[] { 0x00, 0x31 }, listed.ToArray());
        Assert.True(answer.CheckIntegrity(StunCredentials.ShortTermKey(peers.A.LocalPassword)));
    }
}
