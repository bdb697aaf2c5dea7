// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using System.IO.Hashing;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Kandy.Media.Stun;

/// <summary>
/// A parsed STUN message (RFC 8489). Created by <see cref="TryParse"/>, which never throws on malformed input;
/// the original bytes are kept so that MESSAGE-INTEGRITY and FINGERPRINT can be checked afterwards.
/// </summary>
/// <remarks>
/// Attributes that follow MESSAGE-INTEGRITY are ignored except MESSAGE-INTEGRITY-SHA256 and FINGERPRINT
/// (RFC 8489 §14.5), so an attacker cannot append unauthenticated attributes.
/// </remarks>
public sealed class StunMessage
{
    private const int AttributeHeaderSize = 4;
    private const int Sha1Size = 20;

    private readonly byte[] _raw;
    private readonly List<(StunAttributeType Type, int Offset, int Length)> _attributes;
    private readonly int _integrityOffset;
    private readonly int _integritySha256Offset;
    private readonly int _fingerprintOffset;

    private StunMessage(byte[] raw, ushort type, List<(StunAttributeType, int, int)> attributes, int integrityOffset, int integritySha256Offset, int fingerprintOffset)
    {
        _raw = raw;
        _attributes = attributes;
        _integrityOffset = integrityOffset;
        _integritySha256Offset = integritySha256Offset;
        _fingerprintOffset = fingerprintOffset;
        Method = StunHeader.DecodeMethod(type);
        Class = StunHeader.DecodeClass(type);
        TransactionId = StunTransactionId.Read(raw.AsSpan(8));
    }

    /// <summary>The method, e.g. <see cref="StunMethod.Binding"/>.</summary>
    public StunMethod Method { get; }

    /// <summary>Request, indication, success or error response.</summary>
    public StunClass Class { get; }

    /// <summary>The transaction id.</summary>
    public StunTransactionId TransactionId { get; }

    /// <summary>The message exactly as received.</summary>
    public ReadOnlyMemory<byte> Raw => _raw;

    /// <summary>The attribute types present, in wire order.</summary>
    public IEnumerable<StunAttributeType> AttributeTypes => _attributes.Select(a => a.Type);

    /// <summary>True when the message carries MESSAGE-INTEGRITY.</summary>
    public bool HasMessageIntegrity => _integrityOffset >= 0;

    /// <summary>True when the message carries MESSAGE-INTEGRITY-SHA256.</summary>
    public bool HasMessageIntegritySha256 => _integritySha256Offset >= 0;

    /// <summary>True when the message carries FINGERPRINT.</summary>
    public bool HasFingerprint => _fingerprintOffset >= 0;

    /// <summary>USERNAME, or null.</summary>
    public string? Username => GetString(StunAttributeType.Username);

    /// <summary>REALM, or null.</summary>
    public string? Realm => GetString(StunAttributeType.Realm);

    /// <summary>NONCE, or null.</summary>
    public string? Nonce => GetString(StunAttributeType.Nonce);

    /// <summary>SOFTWARE, or null.</summary>
    public string? Software => GetString(StunAttributeType.Software);

    /// <summary>PRIORITY (ICE), or null.</summary>
    public uint? Priority => TryGetUInt32(StunAttributeType.Priority, out var value) ? value : null;

    /// <summary>True when USE-CANDIDATE (ICE) is present.</summary>
    public bool UseCandidate => Contains(StunAttributeType.UseCandidate);

    /// <summary>The tie-breaker in ICE-CONTROLLING, or null.</summary>
    public ulong? IceControlling => TryGetUInt64(StunAttributeType.IceControlling, out var value) ? value : null;

    /// <summary>The tie-breaker in ICE-CONTROLLED, or null.</summary>
    public ulong? IceControlled => TryGetUInt64(StunAttributeType.IceControlled, out var value) ? value : null;

    /// <summary>XOR-MAPPED-ADDRESS, falling back to MAPPED-ADDRESS for old servers, or null.</summary>
    public IPEndPoint? MappedAddress =>
        TryGetAddress(StunAttributeType.XorMappedAddress, out var xor) ? xor :
        TryGetAddress(StunAttributeType.MappedAddress, out var plain) ? plain : null;

    /// <summary>Parses a STUN message; returns false (never throws) when <paramref name="datagram"/> is not a well-formed one.</summary>
    public static bool TryParse(ReadOnlySpan<byte> datagram, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StunMessage? message)
    {
        message = null;
        if (!StunHeader.LooksLikeStun(datagram))
        {
            return false;
        }

        var bodyLength = BinaryPrimitives.ReadUInt16BigEndian(datagram[2..]);
        if ((bodyLength & 3) != 0 || StunHeader.Size + bodyLength != datagram.Length)
        {
            return false;
        }

        var attributes = new List<(StunAttributeType, int, int)>();
        int integrity = -1, integritySha256 = -1, fingerprint = -1;
        var offset = StunHeader.Size;
        while (offset < datagram.Length)
        {
            if (datagram.Length - offset < AttributeHeaderSize || fingerprint >= 0)
            {
                return false; // truncated attribute header, or anything after FINGERPRINT
            }

            var type = (StunAttributeType)BinaryPrimitives.ReadUInt16BigEndian(datagram[offset..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(datagram[(offset + 2)..]);
            var valueOffset = offset + AttributeHeaderSize;
            if (StunHeader.Padded(length) > datagram.Length - valueOffset)
            {
                return false;
            }

            switch (type)
            {
                case StunAttributeType.MessageIntegrity when integrity < 0 && integritySha256 < 0:
                    if (length != Sha1Size)
                    {
                        return false;
                    }

                    integrity = offset;
                    break;
                case StunAttributeType.MessageIntegritySha256 when integritySha256 < 0:
                    if (length < 16 || length > 32 || (length & 3) != 0)
                    {
                        return false;
                    }

                    integritySha256 = offset;
                    break;
                case StunAttributeType.Fingerprint:
                    if (length != 4)
                    {
                        return false;
                    }

                    fingerprint = offset;
                    break;
                default:
                    if (integrity < 0 && integritySha256 < 0)
                    {
                        attributes.Add((type, valueOffset, length));
                    }

                    break;
            }

            offset = valueOffset + StunHeader.Padded(length);
        }

        var type0 = BinaryPrimitives.ReadUInt16BigEndian(datagram);
        message = new StunMessage(datagram.ToArray(), type0, attributes, integrity, integritySha256, fingerprint);
        return true;
    }

    /// <summary>True when the datagram could be STUN (RFC 7983 first byte 0–3 and the magic cookie); no full parse.</summary>
    public static bool IsStun(ReadOnlySpan<byte> datagram) => StunHeader.LooksLikeStun(datagram);

    /// <summary>True when an attribute of this type is present (before MESSAGE-INTEGRITY).</summary>
    public bool Contains(StunAttributeType type) => _attributes.Exists(a => a.Type == type);

    /// <summary>The value of the first attribute of this type.</summary>
    public bool TryGetAttribute(StunAttributeType type, out ReadOnlySpan<byte> value)
    {
        foreach (var (t, offset, length) in _attributes)
        {
            if (t == type)
            {
                value = _raw.AsSpan(offset, length);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>A UTF-8 attribute as a string, or null when absent or not valid UTF-8.</summary>
    public string? GetString(StunAttributeType type)
    {
        if (!TryGetAttribute(type, out var value))
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(value);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>A 32-bit attribute (PRIORITY, LIFETIME).</summary>
    public bool TryGetUInt32(StunAttributeType type, out uint value)
    {
        value = 0;
        if (!TryGetAttribute(type, out var span) || span.Length != 4)
        {
            return false;
        }

        value = BinaryPrimitives.ReadUInt32BigEndian(span);
        return true;
    }

    /// <summary>A 64-bit attribute (ICE-CONTROLLING, ICE-CONTROLLED).</summary>
    public bool TryGetUInt64(StunAttributeType type, out ulong value)
    {
        value = 0;
        if (!TryGetAttribute(type, out var span) || span.Length != 8)
        {
            return false;
        }

        value = BinaryPrimitives.ReadUInt64BigEndian(span);
        return true;
    }

    /// <summary>
    /// An address attribute: XOR-obfuscated ones (XOR-MAPPED-ADDRESS, XOR-PEER-ADDRESS, XOR-RELAYED-ADDRESS) are
    /// decoded with the magic cookie and transaction id; MAPPED-ADDRESS and ALTERNATE-SERVER are read plain.
    /// </summary>
    public bool TryGetAddress(StunAttributeType type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPEndPoint? endPoint)
    {
        endPoint = null;
        if (!TryGetAttribute(type, out var span))
        {
            return false;
        }

        var xor = type is StunAttributeType.XorMappedAddress or StunAttributeType.XorPeerAddress or StunAttributeType.XorRelayedAddress;
        return StunAddressCodec.TryRead(span, xor ? _raw.AsSpan(4, 16) : default, out endPoint);
    }

    /// <summary>ERROR-CODE as number (300–699) and reason phrase.</summary>
    public bool TryGetError(out int code, out string reason)
    {
        code = 0;
        reason = string.Empty;
        if (!TryGetAttribute(StunAttributeType.ErrorCode, out var span) || span.Length < 4)
        {
            return false;
        }

        var hundreds = span[2] & 0x07;
        var number = span[3];
        if (hundreds < 3 || hundreds > 6 || number > 99)
        {
            return false;
        }

        code = (hundreds * 100) + number;
        try
        {
            reason = StrictUtf8.GetString(span[4..]);
        }
        catch (DecoderFallbackException)
        {
            reason = string.Empty;
        }

        return true;
    }

    /// <summary>The comprehension-required attribute types (below 0x8000) that are not in <paramref name="known"/>.</summary>
    public IReadOnlyList<ushort> GetUnknownRequiredAttributes(IReadOnlySet<StunAttributeType> known) =>
        _attributes.Where(a => (ushort)a.Type < 0x8000 && !known.Contains(a.Type)).Select(a => (ushort)a.Type).Distinct().ToList();

    /// <summary>Checks MESSAGE-INTEGRITY (HMAC-SHA1) with <paramref name="key"/>; false when absent or wrong.</summary>
    public bool CheckIntegrity(ReadOnlySpan<byte> key)
    {
        if (_integrityOffset < 0)
        {
            return false;
        }

        Span<byte> mac = stackalloc byte[Sha1Size];
        ComputeMac(_raw, _integrityOffset, Sha1Size, key, sha256: false, mac);
        return CryptographicOperations.FixedTimeEquals(mac, _raw.AsSpan(_integrityOffset + AttributeHeaderSize, Sha1Size));
    }

    /// <summary>Checks MESSAGE-INTEGRITY-SHA256 with <paramref name="key"/> (truncated values accepted); false when absent or wrong.</summary>
    public bool CheckIntegritySha256(ReadOnlySpan<byte> key)
    {
        if (_integritySha256Offset < 0)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadUInt16BigEndian(_raw.AsSpan(_integritySha256Offset + 2));
        Span<byte> mac = stackalloc byte[32];
        ComputeMac(_raw, _integritySha256Offset, length, key, sha256: true, mac);
        return CryptographicOperations.FixedTimeEquals(mac[..length], _raw.AsSpan(_integritySha256Offset + AttributeHeaderSize, length));
    }

    /// <summary>Checks whichever integrity attribute is present (SHA-256 preferred); false when none or wrong.</summary>
    public bool CheckAnyIntegrity(ReadOnlySpan<byte> key) =>
        _integritySha256Offset >= 0 ? CheckIntegritySha256(key) : CheckIntegrity(key);

    /// <summary>Checks FINGERPRINT; false when absent or wrong.</summary>
    public bool CheckFingerprint()
    {
        if (_fingerprintOffset < 0)
        {
            return false;
        }

        var expected = ComputeFingerprint(_raw, _fingerprintOffset);
        return expected == BinaryPrimitives.ReadUInt32BigEndian(_raw.AsSpan(_fingerprintOffset + AttributeHeaderSize));
    }

    /// <summary>
    /// HMAC over the message up to the integrity attribute at <paramref name="attributeOffset"/>, with the header
    /// length patched to end right after that attribute (RFC 8489 §14.5).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "MESSAGE-INTEGRITY is HMAC-SHA1 by definition (RFC 8489 §14.5).")]
    internal static void ComputeMac(ReadOnlySpan<byte> message, int attributeOffset, int macLength, ReadOnlySpan<byte> key, bool sha256, Span<byte> destination)
    {
        var buffer = attributeOffset <= 512 ? stackalloc byte[attributeOffset] : new byte[attributeOffset];
        message[..attributeOffset].CopyTo(buffer);
        BinaryPrimitives.WriteUInt16BigEndian(buffer[2..], (ushort)(attributeOffset + AttributeHeaderSize + macLength - StunHeader.Size));
        if (sha256)
        {
            HMACSHA256.HashData(key, buffer, destination);
        }
        else
        {
            HMACSHA1.HashData(key, buffer, destination);
        }
    }

    /// <summary>CRC-32 of the message up to FINGERPRINT with the length patched to include it, XOR 0x5354554E (RFC 8489 §14.7).</summary>
    internal static uint ComputeFingerprint(ReadOnlySpan<byte> message, int attributeOffset)
    {
        var crc = new Crc32();
        Span<byte> header = stackalloc byte[4];
        message[..4].CopyTo(header);
        BinaryPrimitives.WriteUInt16BigEndian(header[2..], (ushort)(attributeOffset + AttributeHeaderSize + 4 - StunHeader.Size));
        crc.Append(header);
        crc.Append(message[4..attributeOffset]);
        return crc.GetCurrentHashAsUInt32() ^ StunHeader.FingerprintXor;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
