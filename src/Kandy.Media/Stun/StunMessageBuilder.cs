// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace Kandy.Media.Stun;

/// <summary>
/// Writes a STUN message: header, attributes in the order added, then the optional integrity attributes and
/// FINGERPRINT, which must come last (RFC 8489 §14.5–14.7).
/// </summary>
public sealed class StunMessageBuilder
{
    private byte[] _buffer = new byte[256];
    private int _length = StunHeader.Size;

    /// <summary>Starts a message.</summary>
    public StunMessageBuilder(StunMethod method, StunClass messageClass, StunTransactionId transactionId)
    {
        Method = method;
        Class = messageClass;
        TransactionId = transactionId;
        BinaryPrimitives.WriteUInt16BigEndian(_buffer, StunHeader.EncodeType(method, messageClass));
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(4), StunHeader.MagicCookie);
        transactionId.Write(_buffer.AsSpan(8));
    }

    /// <summary>The method being written.</summary>
    public StunMethod Method { get; }

    /// <summary>The class being written.</summary>
    public StunClass Class { get; }

    /// <summary>The transaction id being written.</summary>
    public StunTransactionId TransactionId { get; }

    /// <summary>Starts a response to <paramref name="request"/> with the same method and transaction id.</summary>
    public static StunMessageBuilder ResponseTo(StunMessage request, bool success) =>
        new(request.Method, success ? StunClass.SuccessResponse : StunClass.ErrorResponse, request.TransactionId);

    /// <summary>Adds a raw attribute (padding is added).</summary>
    public StunMessageBuilder Add(StunAttributeType type, ReadOnlySpan<byte> value)
    {
        var span = Reserve(type, value.Length);
        value.CopyTo(span);
        return this;
    }

    /// <summary>Adds an attribute without a value (USE-CANDIDATE, DONT-FRAGMENT).</summary>
    public StunMessageBuilder AddFlag(StunAttributeType type) => Add(type, ReadOnlySpan<byte>.Empty);

    /// <summary>Adds a UTF-8 string attribute (USERNAME, REALM, NONCE, SOFTWARE).</summary>
    public StunMessageBuilder AddString(StunAttributeType type, string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        Encoding.UTF8.GetBytes(value, Reserve(type, count));
        return this;
    }

    /// <summary>Adds a 32-bit attribute (PRIORITY, LIFETIME).</summary>
    public StunMessageBuilder AddUInt32(StunAttributeType type, uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(Reserve(type, 4), value);
        return this;
    }

    /// <summary>Adds a 64-bit attribute (ICE-CONTROLLING, ICE-CONTROLLED).</summary>
    public StunMessageBuilder AddUInt64(StunAttributeType type, ulong value)
    {
        BinaryPrimitives.WriteUInt64BigEndian(Reserve(type, 8), value);
        return this;
    }

    /// <summary>Adds an address; XOR-encoded for the XOR-* attribute types.</summary>
    public StunMessageBuilder AddAddress(StunAttributeType type, IPEndPoint endPoint)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        if (endPoint.Address.IsIPv4MappedToIPv6)
        {
            endPoint = new IPEndPoint(endPoint.Address.MapToIPv4(), endPoint.Port);
        }

        var xor = type is StunAttributeType.XorMappedAddress or StunAttributeType.XorPeerAddress or StunAttributeType.XorRelayedAddress;
        var span = Reserve(type, StunAddressCodec.SizeOf(endPoint));
        StunAddressCodec.Write(endPoint, xor ? _buffer.AsSpan(4, 16) : default, span);
        return this;
    }

    /// <summary>Adds ERROR-CODE.</summary>
    public StunMessageBuilder AddError(int code, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(code, 300);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(code, 699);
        var count = Encoding.UTF8.GetByteCount(reason);
        var span = Reserve(StunAttributeType.ErrorCode, 4 + count);
        span[0] = 0;
        span[1] = 0;
        span[2] = (byte)(code / 100);
        span[3] = (byte)(code % 100);
        Encoding.UTF8.GetBytes(reason, span[4..]);
        return this;
    }

    /// <summary>
    /// Finishes the message. With a key, appends MESSAGE-INTEGRITY (HMAC-SHA1) or, when <paramref name="sha256"/>,
    /// MESSAGE-INTEGRITY-SHA256; then FINGERPRINT when asked.
    /// </summary>
    public byte[] Build(ReadOnlySpan<byte> integrityKey = default, bool sha256 = false, bool fingerprint = true)
    {
        if (!integrityKey.IsEmpty)
        {
            var macLength = sha256 ? 32 : 20;
            var offset = _length;
            var span = Reserve(sha256 ? StunAttributeType.MessageIntegritySha256 : StunAttributeType.MessageIntegrity, macLength);
            StunMessage.ComputeMac(_buffer.AsSpan(0, _length), offset, macLength, integrityKey, sha256, span);
        }

        if (fingerprint)
        {
            var offset = _length;
            var span = Reserve(StunAttributeType.Fingerprint, 4);
            BinaryPrimitives.WriteUInt32BigEndian(span, StunMessage.ComputeFingerprint(_buffer.AsSpan(0, _length), offset));
        }

        return _buffer.AsSpan(0, _length).ToArray();
    }

    private Span<byte> Reserve(StunAttributeType type, int valueLength)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(valueLength, ushort.MaxValue);

        var needed = _length + 4 + StunHeader.Padded(valueLength);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }

        var offset = _length;
        BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(offset), (ushort)type);
        BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(offset + 2), (ushort)valueLength);
        _buffer.AsSpan(offset + 4 + valueLength, StunHeader.Padded(valueLength) - valueLength).Clear();
        _length = needed;
        BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(2), (ushort)(_length - StunHeader.Size));
        return _buffer.AsSpan(offset + 4, valueLength);
    }
}
