// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using FsCheck;
using FsCheck.Xunit;
using Kandy.Media.Srtp;

namespace Kandy.Media.Tests.Srtp;

[Trait("Category", "unit")]
public sealed class SrtpPropertyTests : IDisposable
{
    private readonly SrtpPair cm = SrtpPair.Create(SrtpProfile.Aes128CmHmacSha1Tag80);
    private readonly SrtpPair gcm = SrtpPair.Create(SrtpProfile.AeadAes128Gcm);

    [Property(MaxTest = 300)]
    public bool ArbitraryBytesNeverThrowAndNeverAuthenticate(byte[] bytes)
    {
        foreach (var pair in new[] { cm, gcm })
        {
            if (pair.Receiver.UnprotectRtp(bytes.ToArray(), out _) == SrtpStatus.Ok
                || pair.Receiver.UnprotectRtcp(bytes.ToArray(), out _) == SrtpStatus.Ok)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public bool AnyPayloadRoundTrips(ushort sequence, byte[] payload, bool gcmProfile)
    {
        using var pair = SrtpPair.Create(gcmProfile ? SrtpProfile.AeadAes128Gcm : SrtpProfile.Aes128CmHmacSha1Tag32);
        var plain = SrtpPair.Rtp(sequence, 42, payload.Length);
        payload.CopyTo(plain, 12);
        var buffer = SrtpPair.WithRoom(plain);
        var rtcp = SrtpPair.Rtcp(42, payload.Length & ~3);
        var rtcpBuffer = SrtpPair.WithRoom(rtcp);

        return pair.Sender.ProtectRtp(buffer, plain.Length, out var length) == SrtpStatus.Ok
            && pair.Receiver.UnprotectRtp(buffer.AsSpan(0, length), out var plainLength) == SrtpStatus.Ok
            && buffer.AsSpan(0, plainLength).SequenceEqual(plain)
            && pair.Sender.ProtectRtcp(rtcpBuffer, rtcp.Length, out var rtcpLength) == SrtpStatus.Ok
            && pair.Receiver.UnprotectRtcp(rtcpBuffer.AsSpan(0, rtcpLength), out var rtcpPlain) == SrtpStatus.Ok
            && rtcpBuffer.AsSpan(0, rtcpPlain).SequenceEqual(rtcp);
    }

    public void Dispose()
    {
        cm.Dispose();
        gcm.Dispose();
    }
}
