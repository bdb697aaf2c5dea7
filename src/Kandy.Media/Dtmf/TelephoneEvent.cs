// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Dtmf;

/// <summary>The payload of one RFC 4733 telephone-event packet.</summary>
/// <param name="Event">The event code (0–15 for DTMF digits).</param>
/// <param name="IsEnd">The E bit: this packet ends the event.</param>
/// <param name="Volume">The power level in -dBm0, 0 to 63 (DTMF only).</param>
/// <param name="Duration">The duration so far, in RTP timestamp units from the event's timestamp.</param>
/// <remarks>
/// RFC 4733 §2.3: <c>event (8) | E (1) | R (1) | volume (6) | duration (16, network order)</c>. The reserved
/// bit R is written as zero and ignored on receipt.
/// </remarks>
public readonly record struct TelephoneEvent(byte Event, bool IsEnd, byte Volume, ushort Duration)
{
    /// <summary>The payload size in bytes.</summary>
    public const int Size = 4;

    /// <summary>The loudest volume, in -dBm0.</summary>
    public const byte MaxVolume = 63;

    /// <summary>Writes the payload.</summary>
    /// <param name="destination">At least <see cref="Size"/> bytes.</param>
    public void WriteTo(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException("The destination is shorter than a telephone-event payload.", nameof(destination));
        }

        destination[0] = Event;
        destination[1] = (byte)((IsEnd ? 0x80 : 0) | (Volume & MaxVolume));
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], Duration);
    }

    /// <summary>Reads a payload.</summary>
    /// <param name="payload">The RTP payload. RFC 4733 §2.5.1.5 allows several events in one packet (redundancy);
    /// only the first block is read.</param>
    /// <param name="value">The event.</param>
    /// <returns><see langword="false"/> when the payload is shorter than one event or its length is not a multiple of 4.</returns>
    public static bool TryRead(ReadOnlySpan<byte> payload, out TelephoneEvent value)
    {
        if (payload.Length < Size || payload.Length % Size != 0)
        {
            value = default;
            return false;
        }

        value = new TelephoneEvent(
            payload[0],
            (payload[1] & 0x80) != 0,
            (byte)(payload[1] & MaxVolume),
            BinaryPrimitives.ReadUInt16BigEndian(payload[2..]));
        return true;
    }
}
