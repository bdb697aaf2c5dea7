// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using Kandy.Media.Srtp;

namespace Kandy.Media.Tests.Srtp;

/// <summary>A sender and a receiver context sharing one master key, plus packet builders.</summary>
internal sealed class SrtpPair : IDisposable
{
    internal const uint Ssrc = 0xCAFEBABE;

    private SrtpPair(SrtpContext sender, SrtpContext receiver)
    {
        Sender = sender;
        Receiver = receiver;
    }

    internal SrtpContext Sender { get; }

    internal SrtpContext Receiver { get; }

    internal static SrtpPair Create(SrtpProfile profile)
    {
        var key = Enumerable.Range(1, 16).Select(i => (byte)(i * 7)).ToArray();
        var salt = Enumerable.Range(1, SrtpProfileInfo.MasterSaltLength(profile)).Select(i => (byte)(i * 13)).ToArray();
        return new SrtpPair(new SrtpContext(profile, key, salt), new SrtpContext(profile, key, salt));
    }

    internal static byte[] Rtp(ushort sequence, uint ssrc, int payloadLength, int csrcCount = 0, int extensionWords = 0)
    {
        var header = 12 + (4 * csrcCount) + (extensionWords > 0 ? 4 + (4 * extensionWords) : 0);
        var packet = new byte[header + payloadLength];
        packet[0] = (byte)(0x80 | csrcCount | (extensionWords > 0 ? 0x10 : 0));
        packet[1] = 111;
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), sequence);
        BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(4), sequence * 960u);
        BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(8), ssrc);
        if (extensionWords > 0)
        {
            var at = 12 + (4 * csrcCount);
            BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(at), 0xBEDE);
            BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(at + 2), (ushort)extensionWords);
        }

        for (var i = header; i < packet.Length; i++)
        {
            packet[i] = (byte)i;
        }

        return packet;
    }

    internal static byte[] Rtcp(uint ssrc, int bodyLength)
    {
        var packet = new byte[8 + bodyLength];
        packet[0] = 0x80;
        packet[1] = 201;
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), (ushort)((packet.Length / 4) - 1));
        BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(4), ssrc);
        for (var i = 8; i < packet.Length; i++)
        {
            packet[i] = (byte)(i * 3);
        }

        return packet;
    }

    internal static byte[] WithRoom(byte[] packet)
    {
        var buffer = new byte[packet.Length + 32];
        packet.CopyTo(buffer, 0);
        return buffer;
    }

    internal byte[] Protect(ushort sequence)
    {
        var plain = Rtp(sequence, Ssrc, 20);
        var buffer = WithRoom(plain);
        Assert.Equal(SrtpStatus.Ok, Sender.ProtectRtp(buffer, plain.Length, out var length));
        return buffer.AsSpan(0, length).ToArray();
    }

    internal SrtpStatus Receive(byte[] packet) => Receiver.UnprotectRtp(packet.ToArray(), out _);

    public void Dispose()
    {
        Sender.Dispose();
        Receiver.Dispose();
    }
}
