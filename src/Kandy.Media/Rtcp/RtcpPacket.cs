// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Rtcp;

/// <summary>One RTCP packet of a compound packet (RFC 3550 §6.4–§6.6, RFC 4585 §6).</summary>
/// <remarks>Types this stack does not interpret arrive as <see cref="RtcpUnknownPacket"/> and write back unchanged.</remarks>
public abstract class RtcpPacket
{
    /// <summary>Length of the common header.</summary>
    public const int HeaderLength = 4;

    /// <summary>Gets the packet type.</summary>
    public abstract RtcpPacketType PacketType { get; }

    /// <summary>Gets the number of bytes <see cref="Write"/> produces, a multiple of 4.</summary>
    public int Length => HeaderLength + BodyLength;

    /// <summary>Gets the value of the 5-bit count field (report count, source count or feedback format).</summary>
    protected abstract int CountField { get; }

    /// <summary>Gets the body length in bytes, a multiple of 4.</summary>
    protected abstract int BodyLength { get; }

    /// <summary>Writes the packet.</summary>
    /// <param name="destination">At least <see cref="Length"/> bytes.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="ArgumentException">The destination is too small.</exception>
    public int Write(Span<byte> destination)
    {
        var length = Length;
        if (destination.Length < length)
        {
            throw new ArgumentException("The destination is too small for the RTCP packet.", nameof(destination));
        }

        destination[0] = (byte)(0x80 | (CountField & 0x1F));
        destination[1] = (byte)PacketType;
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)((length / 4) - 1));
        WriteBody(destination[HeaderLength..length]);
        return length;
    }

    /// <summary>Writes the body after the common header.</summary>
    /// <param name="body">Exactly <see cref="BodyLength"/> bytes.</param>
    protected abstract void WriteBody(Span<byte> body);
}
