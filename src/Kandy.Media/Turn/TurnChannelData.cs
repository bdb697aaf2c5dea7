// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Turn;

/// <summary>ChannelData framing (RFC 8656 §12.4): channel number, length, data. Channels are 0x4000–0x4FFF.</summary>
public static class TurnChannelData
{
    /// <summary>The first channel number.</summary>
    public const ushort MinChannel = 0x4000;

    /// <summary>The last channel number.</summary>
    public const ushort MaxChannel = 0x4FFF;

    /// <summary>The header size.</summary>
    public const int HeaderSize = 4;

    /// <summary>True when the first byte marks ChannelData (RFC 7983: 64–79).</summary>
    public static bool IsChannelData(ReadOnlySpan<byte> datagram) => datagram.Length >= HeaderSize && datagram[0] is >= 0x40 and <= 0x4F;

    /// <summary>Reads a ChannelData message; false (never throws) when malformed.</summary>
    public static bool TryRead(ReadOnlySpan<byte> datagram, out ushort channel, out ReadOnlySpan<byte> data)
    {
        channel = 0;
        data = default;
        if (!IsChannelData(datagram))
        {
            return false;
        }

        channel = BinaryPrimitives.ReadUInt16BigEndian(datagram);
        var length = BinaryPrimitives.ReadUInt16BigEndian(datagram[2..]);
        if (channel > MaxChannel || length > datagram.Length - HeaderSize)
        {
            return false;
        }

        data = datagram.Slice(HeaderSize, length);
        return true;
    }

    /// <summary>Frames <paramref name="data"/> for <paramref name="channel"/> (no padding: UDP keeps boundaries).</summary>
    public static byte[] Write(ushort channel, ReadOnlySpan<byte> data)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(data.Length, ushort.MaxValue);
        var frame = new byte[HeaderSize + data.Length];
        BinaryPrimitives.WriteUInt16BigEndian(frame, channel);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(2), (ushort)data.Length);
        data.CopyTo(frame.AsSpan(HeaderSize));
        return frame;
    }
}
