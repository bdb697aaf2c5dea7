// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using FsCheck.Xunit;
using Kandy.Media.Ice;

namespace Kandy.Media.Tests.Ice;

[Trait("Category", "unit")]
public sealed class IceParserProperties
{
    [Property(MaxTest = 2000)]
    public void CandidateParserNeverThrows(string? line)
    {
        if (IceCandidate.TryParse(line, out var candidate))
        {
            Assert.True(IceCandidate.TryParse(candidate.ToString(), out var again));
            Assert.Equal(candidate, again);
        }
    }

    [Property(MaxTest = 2000)]
    public void CandidateFieldsRoundTrip(uint priority, ushort port, byte[] address, bool relay)
    {
        var ip = new IPAddress(address.Length >= 16 ? address[..16] : (address.Length >= 4 ? address[..4] : [10, 0, 0, 1]));
        var candidate = new IceCandidate("f1", 1, "udp", priority, new IPEndPoint(ip, port), relay ? IceCandidateType.Relayed : IceCandidateType.Host, relay ? new IPEndPoint(IPAddress.Loopback, 9) : null);
        Assert.True(IceCandidate.TryParse(candidate.ToString(), out var parsed));
        Assert.Equal(candidate.Priority, parsed.Priority);
        Assert.Equal(candidate.EndPoint, parsed.EndPoint);
        Assert.Equal(candidate.RelatedEndPoint, parsed.RelatedEndPoint);
    }

    [Property(MaxTest = 300)]
    public void AgentSurvivesArbitraryDatagrams(byte[][] datagrams)
    {
        using var peers = new IceTestPeers();
        peers.Signal();
        var target = peers.A.LocalCandidates[0].EndPoint;
        foreach (var datagram in datagrams)
        {
            // Half of them dressed as STUN (first byte 0, magic cookie) to get past the demultiplexer.
            if (datagram.Length >= 8 && datagram[1] % 2 == 0)
            {
                datagram[0] = 0;
                datagram[4] = 0x21;
                datagram[5] = 0x12;
                datagram[6] = 0xA4;
                datagram[7] = 0x42;
            }

            peers.Network.Inject(new IPEndPoint(IPAddress.Parse("10.0.0.66"), 666), target, datagram);
        }

        Assert.True(peers.RunUntil(peers.BothCompleted, TimeSpan.FromSeconds(5)));
        Assert.Equal(datagrams.Length, peers.A.DroppedDatagramCount);
    }
}
