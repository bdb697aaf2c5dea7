// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Ice;

namespace Kandy.Media.Tests.Ice;

[Trait("Category", "unit")]
public sealed class IceCandidateTests
{
    [Fact]
    public void ParsesChromiumHostCandidateIgnoringExtensions()
    {
        Assert.True(IceCandidate.TryParse("a=candidate:3634568912 1 udp 2122260223 127.0.0.1 53712 typ host generation 0 network-id 1", out var candidate));
        Assert.Equal("3634568912", candidate.Foundation);
        Assert.Equal(1, candidate.Component);
        Assert.Equal("udp", candidate.Protocol);
        Assert.Equal(2122260223u, candidate.Priority);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 53712), candidate.EndPoint);
        Assert.Equal(IceCandidateType.Host, candidate.Type);
        Assert.Null(candidate.RelatedEndPoint);
    }

    [Fact]
    public void RelayedCandidateRoundTripsWithRelatedAddress()
    {
        const string line = "candidate:7 1 udp 16777215 2001:db8::5 3478 typ relay raddr 192.0.2.9 rport 61000";
        Assert.True(IceCandidate.TryParse(line, out var candidate));
        Assert.Equal(IceCandidateType.Relayed, candidate.Type);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("192.0.2.9"), 61000), candidate.RelatedEndPoint);
        Assert.Equal(line, candidate.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("candidate:1 1 udp 1 abc.local 5000 typ host")]
    [InlineData("candidate:1 1 udp 1 10.0.0.1 70000 typ host")]
    [InlineData("candidate:1 1 udp 1 10.0.0.1 5000 typ bogus")]
    [InlineData("candidate:1 x udp 1 10.0.0.1 5000 typ host")]
    [InlineData("candidate:1 1 udp 1 10.0.0.1 5000")]
    public void RejectsLinesItCannotUse(string line)
    {
        Assert.False(IceCandidate.TryParse(line, out _));
    }

    [Fact]
    public void PriorityFollowsTheRfcFormula()
    {
        // host, local preference 65535, component 1: (126 << 24) + (65535 << 8) + 255.
        Assert.Equal(2130706431u, IceCandidate.ComputePriority(IceCandidateType.Host, 65535, 1));
        Assert.True(IceCandidate.ComputePriority(IceCandidateType.ServerReflexive, 65535, 1) < IceCandidate.ComputePriority(IceCandidateType.PeerReflexive, 0, 1));
    }
}
