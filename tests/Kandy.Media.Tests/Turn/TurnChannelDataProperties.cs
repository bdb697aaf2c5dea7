// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using FsCheck.Xunit;
using Kandy.Media.Turn;

namespace Kandy.Media.Tests.Turn;

[Trait("Category", "unit")]
public sealed class TurnChannelDataProperties
{
    [Property(MaxTest = 2000)]
    public void ArbitraryBytesNeverThrowAndNeverReadPastTheEnd(byte[] bytes)
    {
        if (TurnChannelData.TryRead(bytes, out var channel, out var data))
        {
            Assert.InRange(channel, TurnChannelData.MinChannel, TurnChannelData.MaxChannel);
            Assert.True(data.Length <= bytes.Length - TurnChannelData.HeaderSize);
        }
    }

    [Property(MaxTest = 500)]
    public void WrittenFramesReadBack(ushort offset, byte[] payload)
    {
        var channel = (ushort)(TurnChannelData.MinChannel + (offset % 0x1000));
        Assert.True(TurnChannelData.TryRead(TurnChannelData.Write(channel, payload), out var read, out var data));
        Assert.Equal(channel, read);
        Assert.Equal(payload, data.ToArray());
    }
}
