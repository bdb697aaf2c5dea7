// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Rtp;

/// <summary>Reads and writes the one-byte and two-byte header extension forms of RFC 8285.</summary>
public static class RtpHeaderExtensions
{
    /// <summary>The "defined by profile" value of the one-byte form (RFC 8285 §4.2).</summary>
    public const ushort OneByteProfile = 0xBEDE;

    /// <summary>The "defined by profile" value of the two-byte form with appbits 0 (RFC 8285 §4.3).</summary>
    public const ushort TwoByteProfile = 0x1000;

    /// <summary>Tells whether a profile value names one of the RFC 8285 forms.</summary>
    /// <param name="profile">The 16-bit profile field of the extension header.</param>
    /// <returns>True for 0xBEDE and 0x100X.</returns>
    public static bool IsRfc8285(ushort profile) => profile == OneByteProfile || (profile & 0xFFF0) == TwoByteProfile;

    /// <summary>Splits extension data into elements.</summary>
    /// <param name="profile">The profile field.</param>
    /// <param name="data">The extension data after the 4-byte extension header.</param>
    /// <param name="extensions">The elements, in order, on success.</param>
    /// <returns>False when the profile is not RFC 8285 or an element runs past the data.</returns>
    /// <remarks>Padding bytes (0) between elements are skipped; id 15 in the one-byte form ends parsing (RFC 8285 §4.2).</remarks>
    public static bool TryParse(ushort profile, ReadOnlyMemory<byte> data, out IReadOnlyList<RtpHeaderExtension> extensions)
    {
        var list = new List<RtpHeaderExtension>();
        extensions = list;
        if (!IsRfc8285(profile))
        {
            return false;
        }

        var oneByte = profile == OneByteProfile;
        var span = data.Span;
        var at = 0;
        while (at < span.Length)
        {
            if (span[at] == 0)
            {
                at++;
                continue;
            }

            int id, length, headerLength;
            if (oneByte)
            {
                id = span[at] >> 4;
                length = (span[at] & 0x0F) + 1;
                headerLength = 1;
                if (id == 15)
                {
                    break;
                }
            }
            else
            {
                if (at + 1 >= span.Length)
                {
                    return false;
                }

                id = span[at];
                length = span[at + 1];
                headerLength = 2;
            }

            if (at + headerLength + length > span.Length)
            {
                return false;
            }

            list.Add(new RtpHeaderExtension(id, data.Slice(at + headerLength, length)));
            at += headerLength + length;
        }

        return true;
    }

    /// <summary>Chooses the form for a set of elements: one-byte when every id and length fits it.</summary>
    /// <param name="extensions">The elements.</param>
    /// <returns><see cref="OneByteProfile"/> or <see cref="TwoByteProfile"/>.</returns>
    public static ushort ChooseProfile(IEnumerable<RtpHeaderExtension> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        return extensions.All(e => e.Id is >= 1 and <= 14 && e.Data.Length is >= 1 and <= 16) ? OneByteProfile : TwoByteProfile;
    }

    /// <summary>Gets the encoded size of elements, padded to a multiple of 4 (without the 4-byte extension header).</summary>
    /// <param name="profile">The form.</param>
    /// <param name="extensions">The elements.</param>
    /// <returns>The size in bytes.</returns>
    public static int GetEncodedLength(ushort profile, IEnumerable<RtpHeaderExtension> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        var header = profile == OneByteProfile ? 1 : 2;
        var length = extensions.Sum(e => header + e.Data.Length);
        return (length + 3) & ~3;
    }

    /// <summary>Writes elements in the given form, padded with zeros to a multiple of 4.</summary>
    /// <param name="profile">The form.</param>
    /// <param name="extensions">The elements.</param>
    /// <param name="destination">Where to write; must hold <see cref="GetEncodedLength"/> bytes.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="ArgumentException">An element does not fit the form, or the destination is too small.</exception>
    public static int Write(ushort profile, IEnumerable<RtpHeaderExtension> extensions, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        var oneByte = profile == OneByteProfile;
        var total = GetEncodedLength(profile, extensions);
        if (destination.Length < total)
        {
            throw new ArgumentException("The destination is too small for the header extensions.", nameof(destination));
        }

        var at = 0;
        foreach (var extension in extensions)
        {
            var data = extension.Data.Span;
            if (oneByte)
            {
                if (extension.Id is < 1 or > 14 || data.Length is < 1 or > 16)
                {
                    throw new ArgumentException("A one-byte header extension needs an id of 1-14 and 1-16 bytes of data.", nameof(extensions));
                }

                destination[at++] = (byte)((extension.Id << 4) | (data.Length - 1));
            }
            else
            {
                if (extension.Id is < 1 or > 255 || data.Length > 255)
                {
                    throw new ArgumentException("A two-byte header extension needs an id of 1-255 and at most 255 bytes of data.", nameof(extensions));
                }

                destination[at++] = (byte)extension.Id;
                destination[at++] = (byte)data.Length;
            }

            data.CopyTo(destination[at..]);
            at += data.Length;
        }

        destination[at..total].Clear();
        return total;
    }

    /// <summary>Writes the 4-byte extension header: profile and length in 32-bit words.</summary>
    internal static void WriteHeader(Span<byte> destination, ushort profile, int dataLength)
    {
        BinaryPrimitives.WriteUInt16BigEndian(destination, profile);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)(dataLength / 4));
    }
}
