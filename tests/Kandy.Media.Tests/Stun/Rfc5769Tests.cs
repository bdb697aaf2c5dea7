// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using Kandy.Media.Stun;

namespace Kandy.Media.Tests.Stun;

[Trait("Category", "unit")]
public sealed class Rfc5769Tests
{
    private static readonly byte[] ShortTermKey = StunCredentials.ShortTermKey(Rfc5769Vectors.ShortTermPassword);

    [Fact]
    public void SampleRequestParsesWithValidIntegrityAndFingerprint()
    {
        Assert.True(StunMessage.TryParse(Rfc5769Vectors.Request, out var message));
        Assert.Equal(StunMethod.Binding, message.Method);
        Assert.Equal(StunClass.Request, message.Class);
        Assert.Equal("STUN test client", message.Software);
        Assert.Equal("evtj:h6vY", message.Username);
        Assert.Equal(0x6e0001ffu, message.Priority);
        Assert.Equal(0x932ff9b151263b36ul, message.IceControlled);
        Assert.True(message.CheckIntegrity(ShortTermKey));
        Assert.True(message.CheckFingerprint());
    }

    [Fact]
    public void SampleRequestFailsIntegrityWithWrongPassword()
    {
        Assert.True(StunMessage.TryParse(Rfc5769Vectors.Request, out var message));
        Assert.False(message.CheckIntegrity(StunCredentials.ShortTermKey("VOkJxbRl1RmTxUk/WvJxBT")));
    }

    [Fact]
    public void IPv4ResponseDecodesXorMappedAddress()
    {
        Assert.True(StunMessage.TryParse(Rfc5769Vectors.IPv4Response, out var message));
        Assert.Equal(StunClass.SuccessResponse, message.Class);
        Assert.Equal("test vector", message.Software);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("192.0.2.1"), 32853), message.MappedAddress);
        Assert.True(message.CheckIntegrity(ShortTermKey));
        Assert.True(message.CheckFingerprint());
    }

    [Fact]
    public void IPv6ResponseDecodesXorMappedAddress()
    {
        Assert.True(StunMessage.TryParse(Rfc5769Vectors.IPv6Response, out var message));
        Assert.Equal(new IPEndPoint(IPAddress.Parse("2001:db8:1234:5678:11:2233:4455:6677"), 32853), message.MappedAddress);
        Assert.True(message.CheckIntegrity(ShortTermKey));
        Assert.True(message.CheckFingerprint());
    }

    [Fact]
    public void LongTermRequestChecksWithSaslPreparedPassword()
    {
        Assert.True(StunMessage.TryParse(Rfc5769Vectors.LongTermRequest, out var message));
        var username = "\u30DE\u30C8\u30EA\u30C3\u30AF\u30B9";
        Assert.Equal(username, message.Username);
        Assert.Equal("f//499k954d6OL34oL9FSTvy64sA", message.Nonce);
        Assert.Equal("example.org", message.Realm);
        Assert.Equal("TheMatrIX", StunCredentials.Prepare("The\u00ADM\u00AAtr\u2168"));
        var key = StunCredentials.LongTermKey(username, "example.org", "The\u00ADM\u00AAtr\u2168");
        Assert.True(message.CheckIntegrity(key));
        Assert.False(message.HasFingerprint);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BuilderWritesTheSampleResponsesAttributesIdentically(bool ipv6)
    {
        var vector = ipv6 ? Rfc5769Vectors.IPv6Response : Rfc5769Vectors.IPv4Response;
        Assert.True(StunMessage.TryParse(vector, out var sample));
        var built = new StunMessageBuilder(StunMethod.Binding, StunClass.SuccessResponse, sample.TransactionId)
            .AddString(StunAttributeType.Software, "test vector")
            .AddAddress(StunAttributeType.XorMappedAddress, sample.MappedAddress!)
            .Build(ShortTermKey);

        // The RFC pads SOFTWARE with a space where we pad with zero, so the MACs differ; everything before them must not.
        var expected = (byte[])vector.Clone();
        expected[20 + 4 + 11] = 0;
        var integrityOffset = vector.Length - 24 - 8;
        Assert.Equal(vector.Length, built.Length);
        Assert.Equal(Convert.ToHexString(expected, 0, integrityOffset), Convert.ToHexString(built, 0, integrityOffset));
        Assert.True(StunMessage.TryParse(built, out var reparsed));
        Assert.True(reparsed.CheckIntegrity(ShortTermKey));
        Assert.True(reparsed.CheckFingerprint());
    }
}
