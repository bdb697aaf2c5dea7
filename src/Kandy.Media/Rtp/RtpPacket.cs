// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Rtp;

/// <summary>An RTP packet (RFC 3550 §5.1) with CSRCs, header extension (RFC 8285) and padding.</summary>
/// <remarks>
/// Parsing slices the given memory instead of copying, so the packet is valid while that buffer is.
/// The extension is kept as its raw profile and data, so a parsed packet writes back byte for byte; use
/// <see cref="GetExtensions"/> and <see cref="SetExtensions"/> for the elements. For a receive loop that
/// must not allocate, read an <see cref="RtpHeader"/> instead.
/// </remarks>
public sealed class RtpPacket
{
    private uint[] csrcs = [];

    /// <summary>Gets or sets a value indicating whether the marker bit is set.</summary>
    public bool Marker { get; set; }

    /// <summary>Gets or sets the payload type (0–127).</summary>
    public byte PayloadType { get; set; }

    /// <summary>Gets or sets the sequence number.</summary>
    public ushort SequenceNumber { get; set; }

    /// <summary>Gets or sets the RTP timestamp.</summary>
    public uint Timestamp { get; set; }

    /// <summary>Gets or sets the synchronisation source.</summary>
    public uint Ssrc { get; set; }

    /// <summary>Gets or sets the contributing sources (at most 15).</summary>
    public IReadOnlyList<uint> Csrcs
    {
        get => csrcs;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count > 15)
            {
                throw new ArgumentException("An RTP packet carries at most 15 CSRCs.", nameof(value));
            }

            csrcs = [.. value];
        }
    }

    /// <summary>Gets or sets the extension profile, or null when the packet has no header extension.</summary>
    public ushort? ExtensionProfile { get; set; }

    /// <summary>Gets or sets the raw extension data (a multiple of 4 bytes) after the extension header.</summary>
    public ReadOnlyMemory<byte> ExtensionData { get; set; }

    /// <summary>Gets or sets the payload.</summary>
    public ReadOnlyMemory<byte> Payload { get; set; }

    /// <summary>Gets or sets the number of padding bytes to append (0–255; the last byte holds the count).</summary>
    public byte PaddingLength { get; set; }

    /// <summary>Gets the number of bytes <see cref="Write"/> produces.</summary>
    public int Length => RtpHeader.FixedLength + (4 * csrcs.Length) + (ExtensionProfile is null ? 0 : 4 + ExtensionData.Length)
        + Payload.Length + PaddingLength;

    /// <summary>Parses an RTP packet, slicing <paramref name="packet"/> for the payload and extension.</summary>
    /// <param name="packet">Exactly one RTP packet.</param>
    /// <param name="rtp">The packet on success.</param>
    /// <returns>False when the bytes are not a well-formed RTP packet.</returns>
    public static bool TryParse(ReadOnlyMemory<byte> packet, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RtpPacket? rtp)
    {
        rtp = null;
        var span = packet.Span;
        if (!RtpHeader.TryRead(span, out var header))
        {
            return false;
        }

        var result = new RtpPacket
        {
            Marker = header.Marker,
            PayloadType = header.PayloadType,
            SequenceNumber = header.SequenceNumber,
            Timestamp = header.Timestamp,
            Ssrc = header.Ssrc,
            Payload = packet.Slice(header.HeaderLength, header.PayloadLength),
            PaddingLength = (byte)header.PaddingLength,
        };
        var csrcList = new uint[header.CsrcCount];
        for (var i = 0; i < csrcList.Length; i++)
        {
            csrcList[i] = BinaryPrimitives.ReadUInt32BigEndian(span[(12 + (4 * i))..]);
        }

        result.csrcs = csrcList;
        if (header.HasExtension)
        {
            var at = 12 + (4 * header.CsrcCount);
            result.ExtensionProfile = BinaryPrimitives.ReadUInt16BigEndian(span[at..]);
            result.ExtensionData = packet[(at + 4)..header.HeaderLength];
        }

        rtp = result;
        return true;
    }

    /// <summary>Reads the RFC 8285 elements of the header extension.</summary>
    /// <returns>The elements; empty when there is no extension, it is not RFC 8285, or it is malformed.</returns>
    public IReadOnlyList<RtpHeaderExtension> GetExtensions() =>
        ExtensionProfile is { } profile && RtpHeaderExtensions.TryParse(profile, ExtensionData, out var list) ? list : [];

    /// <summary>Replaces the header extension by RFC 8285 elements, one-byte form when they all fit it.</summary>
    /// <param name="extensions">The elements; none removes the extension.</param>
    /// <param name="forceTwoByte">Use the two-byte form even when the one-byte form would do (RFC 8285 §4.3, extmap-allow-mixed).</param>
    public void SetExtensions(IReadOnlyCollection<RtpHeaderExtension> extensions, bool forceTwoByte = false)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        if (extensions.Count == 0)
        {
            ExtensionProfile = null;
            ExtensionData = ReadOnlyMemory<byte>.Empty;
            return;
        }

        var profile = forceTwoByte ? RtpHeaderExtensions.TwoByteProfile : RtpHeaderExtensions.ChooseProfile(extensions);
        var data = new byte[RtpHeaderExtensions.GetEncodedLength(profile, extensions)];
        RtpHeaderExtensions.Write(profile, extensions, data);
        ExtensionProfile = profile;
        ExtensionData = data;
    }

    /// <summary>Writes the packet.</summary>
    /// <param name="destination">Where to write; at least <see cref="Length"/> bytes.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="ArgumentException">The destination is too small, or the extension data is not whole 32-bit words.</exception>
    public int Write(Span<byte> destination)
    {
        var length = Length;
        if (destination.Length < length)
        {
            throw new ArgumentException("The destination is too small for the packet.", nameof(destination));
        }

        if (ExtensionData.Length % 4 != 0 || ExtensionData.Length > 4 * ushort.MaxValue)
        {
            throw new ArgumentException("Extension data must be whole 32-bit words.", nameof(destination));
        }

        destination[0] = (byte)(0x80 | (PaddingLength > 0 ? 0x20 : 0) | (ExtensionProfile is null ? 0 : 0x10) | csrcs.Length);
        destination[1] = (byte)((Marker ? 0x80 : 0) | (PayloadType & 0x7F));
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], Ssrc);
        var at = RtpHeader.FixedLength;
        foreach (var csrc in csrcs)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[at..], csrc);
            at += 4;
        }

        if (ExtensionProfile is { } profile)
        {
            RtpHeaderExtensions.WriteHeader(destination[at..], profile, ExtensionData.Length);
            ExtensionData.Span.CopyTo(destination[(at + 4)..]);
            at += 4 + ExtensionData.Length;
        }

        Payload.Span.CopyTo(destination[at..]);
        at += Payload.Length;
        if (PaddingLength > 0)
        {
            destination.Slice(at, PaddingLength - 1).Clear();
            destination[at + PaddingLength - 1] = PaddingLength;
            at += PaddingLength;
        }

        return at;
    }

    /// <summary>Writes the packet into a new array.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        Write(bytes);
        return bytes;
    }
}
