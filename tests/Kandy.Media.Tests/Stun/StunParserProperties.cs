// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kandy.Media.Stun;

namespace Kandy.Media.Tests.Stun;

[Trait("Category", "unit")]
public sealed class StunParserProperties
{
    [Property(MaxTest = 2000)]
    public void ArbitraryBytesNeverThrow(byte[] bytes)
    {
        if (StunMessage.TryParse(bytes, out var message))
        {
            // Touch every accessor: none may throw on whatever parsed.
            _ = message.Username;
            _ = message.MappedAddress;
            _ = message.TryGetError(out _, out _);
            _ = message.CheckIntegrity(new byte[] { 1 });
            _ = message.CheckIntegritySha256(new byte[] { 1 });
            _ = message.CheckFingerprint();
        }
    }

    [Property(MaxTest = 2000)]
    public void MutatedValidMessagesNeverThrowAndNeverPassFingerprintWhenChanged(int position, byte value)
    {
        var original = Rfc5769Vectors.Request;
        var mutated = (byte[])original.Clone();
        var index = (int)((uint)position % (uint)mutated.Length);
        mutated[index] ^= (byte)(value | 1);
        if (StunMessage.TryParse(mutated, out var message))
        {
            Assert.False(message.CheckFingerprint() && message.CheckIntegrity(StunCredentials.ShortTermKey(Rfc5769Vectors.ShortTermPassword)));
        }
    }

    [Property(MaxTest = 2000)]
    public void TruncatedValidMessagesNeverParse(int cut)
    {
        var original = Rfc5769Vectors.IPv6Response;
        var length = (int)((uint)cut % (uint)original.Length);
        Assert.False(StunMessage.TryParse(original.AsSpan(0, length), out _));
    }

    [Property(MaxTest = 500)]
    public Property BuiltMessagesRoundTrip()
    {
        var gen =
            from user in ArbMap.Default.GeneratorFor<NonEmptyString>()
            from priority in ArbMap.Default.GeneratorFor<uint>()
            from tie in ArbMap.Default.GeneratorFor<ulong>()
            from port in Gen.Choose(0, 65535)
            from v6 in ArbMap.Default.GeneratorFor<bool>()
            from addressBytes in Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>(), v6 ? 16 : 4)
            from sha256 in ArbMap.Default.GeneratorFor<bool>()
            select (user.Get, priority, tie, new IPEndPoint(new IPAddress(addressBytes), port), sha256);

        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (user, priority, tie, endPoint, sha256) = input;
            if (endPoint.Address.IsIPv4MappedToIPv6)
            {
                return;
            }

            var key = StunCredentials.ShortTermKey("pass");
            var id = StunTransactionId.NewId();
            var bytes = new StunMessageBuilder(StunMethod.Binding, StunClass.Request, id)
                .AddString(StunAttributeType.Username, user)
                .AddUInt32(StunAttributeType.Priority, priority)
                .AddUInt64(StunAttributeType.IceControlling, tie)
                .AddFlag(StunAttributeType.UseCandidate)
                .AddAddress(StunAttributeType.XorMappedAddress, endPoint)
                .Build(key, sha256);

            Assert.True(StunMessage.TryParse(bytes, out var message));
            Assert.Equal(id, message.TransactionId);
            Assert.Equal(user, message.Username);
            Assert.Equal(priority, message.Priority);
            Assert.Equal(tie, message.IceControlling);
            Assert.True(message.UseCandidate);
            Assert.Equal(endPoint, message.MappedAddress);
            Assert.True(message.CheckAnyIntegrity(key));
            Assert.False(message.CheckAnyIntegrity(StunCredentials.ShortTermKey("other")));
            Assert.True(message.CheckFingerprint());
        });
    }
}
