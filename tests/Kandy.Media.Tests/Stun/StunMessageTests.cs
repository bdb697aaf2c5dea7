// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Security.Cryptography;
using Kandy.Media.Stun;

namespace Kandy.Media.Tests.Stun;

[Trait("Category", "unit")]
public sealed class StunMessageTests
{
    [Theory]
    [InlineData(StunMethod.Binding, StunClass.Request, 0x0001)]
    [InlineData(StunMethod.Binding, StunClass.SuccessResponse, 0x0101)]
    [InlineData(StunMethod.Binding, StunClass.ErrorResponse, 0x0111)]
    [InlineData(StunMethod.Allocate, StunClass.Request, 0x0003)]
    [InlineData(StunMethod.Send, StunClass.Indication, 0x0016)]
    [InlineData(StunMethod.Data, StunClass.Indication, 0x0017)]
    [InlineData(StunMethod.ChannelBind, StunClass.SuccessResponse, 0x0109)]
    public void MessageTypeEncodesMethodAndClassBits(StunMethod method, StunClass messageClass, int wireType)
    {
        var bytes = new StunMessageBuilder(method, messageClass, StunTransactionId.NewId()).Build(fingerprint: false);
        Assert.Equal(wireType, (bytes[0] << 8) | bytes[1]);
        Assert.True(StunMessage.TryParse(bytes, out var message));
        Assert.Equal(method, message.Method);
        Assert.Equal(messageClass, message.Class);
    }

    [Fact]
    public void ErrorCodeRoundTrips()
    {
        var bytes = new StunMessageBuilder(StunMethod.Binding, StunClass.ErrorResponse, StunTransactionId.NewId())
            .AddError(StunErrorCodes.RoleConflict, "Role Conflict").Build();
        Assert.True(StunMessage.TryParse(bytes, out var message));
        Assert.True(message.TryGetError(out var code, out var reason));
        Assert.Equal(487, code);
        Assert.Equal("Role Conflict", reason);
    }

    [Fact]
    public void Sha256IntegrityMatchesAnIndependentHmacOverThePatchedPrefix()
    {
        var key = StunCredentials.ShortTermKey("secret");
        var bytes = new StunMessageBuilder(StunMethod.Binding, StunClass.Request, StunTransactionId.NewId())
            .AddString(StunAttributeType.Username, "a:b").Build(key, sha256: true, fingerprint: false);

        // Header + USERNAME (4 + 4) is 28 bytes; the MAC covers them with the length already counting the MAC attribute.
        var expected = HMACSHA256.HashData(key, bytes.AsSpan(0, 28));
        Assert.Equal(28 + 36 - 20, (bytes[2] << 8) | bytes[3]);
        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(bytes, 32, 32));
        Assert.True(StunMessage.TryParse(bytes, out var message));
        Assert.True(message.CheckIntegritySha256(key));
        Assert.False(message.CheckIntegrity(key));
    }

    [Fact]
    public void AttributesAfterIntegrityAreIgnored()
    {
        var key = StunCredentials.ShortTermKey("secret");
        var signed = new StunMessageBuilder(StunMethod.Binding, StunClass.Request, StunTransactionId.NewId())
            .AddString(StunAttributeType.Username, "a:b").Build(key, fingerprint: false);

        // Append USE-CANDIDATE after MESSAGE-INTEGRITY, fixing the header length: it must not be seen.
        var tampered = new byte[signed.Length + 4];
        signed.CopyTo(tampered, 0);
        tampered[^4] = 0x00;
        tampered[^3] = 0x25;
        tampered[3] += 4;
        Assert.True(StunMessage.TryParse(tampered, out var message));
        Assert.False(message.UseCandidate);
        Assert.True(message.CheckIntegrity(key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("0001000021120442b7e7a701bc34d686fa87dfae")] // wrong cookie
    [InlineData("000100042112a442b7e7a701bc34d686fa87dfae")] // length beyond the datagram
    [InlineData("000100042112a442b7e7a701bc34d686fa87dfae00060008")] // attribute longer than the body
    [InlineData("c00100002112a442b7e7a701bc34d686fa87dfae")] // top bits set
    [InlineData("000100082112a442b7e7a701bc34d686fa87dfae0008000400000000")] // short MESSAGE-INTEGRITY
    public void MalformedMessagesAreRejected(string hex)
    {
        Assert.False(StunMessage.TryParse(Convert.FromHexString(hex), out _));
    }
}
