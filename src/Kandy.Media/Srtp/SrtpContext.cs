// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;

namespace Kandy.Media.Srtp;

/// <summary>
/// Protects and unprotects RTP and RTCP packets in place with one master key and salt (RFC 3711, RFC 7714).
/// </summary>
/// <remarks>
/// <para>One context serves one direction of a DTLS-SRTP association: the sender's key protects, the same key
/// on the far end unprotects. It keeps per-SSRC rollover counters (RFC 3711 §3.3.1), a 1024-packet replay window
/// for SRTP and SRTCP (§3.3.2) and the SRTCP send index (§3.4). Key derivation rate is 0 and MKI is absent,
/// as DTLS-SRTP uses them (RFC 5764 §4.1.2).</para>
/// <para>Not thread-safe: use one context per direction (see <see cref="SrtpSession"/>) so sending and receiving
/// may run on different threads. Steady-state protect and unprotect allocate nothing.</para>
/// </remarks>
public sealed class SrtpContext : IDisposable
{
    /// <summary>How many synchronisation sources one context tracks; more are refused, not evicted.</summary>
    public const int MaxStreams = 1024;

    private readonly SrtpTransform transform;
    private readonly Dictionary<uint, SrtpStream> sendStreams = [];
    private readonly Dictionary<uint, SrtpStream> receiveStreams = [];
    private bool disposed;

    /// <summary>Initializes a new instance of the <see cref="SrtpContext"/> class from a master key and salt.</summary>
    /// <param name="profile">The protection profile.</param>
    /// <param name="masterKey">The master key (16 bytes).</param>
    /// <param name="masterSalt">The master salt (14 bytes, 12 for GCM).</param>
    /// <exception cref="ArgumentException">The key or salt length does not fit the profile.</exception>
    public SrtpContext(SrtpProfile profile, ReadOnlySpan<byte> masterKey, ReadOnlySpan<byte> masterSalt)
        : this(profile, SrtpKeyDerivation.DeriveSessionKeys(profile, masterKey, masterSalt))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SrtpContext"/> class from session keys (for RFC vectors that give those directly).</summary>
    internal SrtpContext(SrtpProfile profile, (SrtpSessionKeys Rtp, SrtpSessionKeys Rtcp) keys)
    {
        Profile = profile;
        transform = profile switch
        {
            SrtpProfile.Aes128CmHmacSha1Tag80 => new AesCmHmacSha1Transform(keys.Rtp, keys.Rtcp, 10),
            SrtpProfile.Aes128CmHmacSha1Tag32 => new AesCmHmacSha1Transform(keys.Rtp, keys.Rtcp, 4),
            SrtpProfile.AeadAes128Gcm => new AesGcmTransform(keys.Rtp, keys.Rtcp),
            _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Unsupported SRTP protection profile."),
        };
    }

    /// <summary>Gets the protection profile.</summary>
    public SrtpProfile Profile { get; }

    /// <summary>Gets how many bytes <see cref="ProtectRtp"/> appends.</summary>
    public int RtpOverhead => transform.RtpTagLength;

    /// <summary>Gets how many bytes <see cref="ProtectRtcp"/> appends.</summary>
    public int RtcpOverhead => transform.RtcpTrailerLength;

    /// <summary>Turns an RTP packet into an SRTP packet in place.</summary>
    /// <param name="buffer">Holds the packet in its first <paramref name="length"/> bytes and has room for <see cref="RtpOverhead"/> more.</param>
    /// <param name="length">Length of the RTP packet.</param>
    /// <param name="protectedLength">Length of the SRTP packet on success.</param>
    /// <returns><see cref="SrtpStatus.Ok"/>, or why nothing was protected.</returns>
    public SrtpStatus ProtectRtp(Span<byte> buffer, int length, out int protectedLength)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        protectedLength = 0;
        if ((uint)length > (uint)buffer.Length || !TryGetRtpHeaderLength(buffer[..length], out var headerLength))
        {
            return SrtpStatus.Malformed;
        }

        if (buffer.Length - length < transform.RtpTagLength)
        {
            return SrtpStatus.BufferTooSmall;
        }

        var ssrc = BinaryPrimitives.ReadUInt32BigEndian(buffer[8..]);
        var sequence = BinaryPrimitives.ReadUInt16BigEndian(buffer[2..]);
        sendStreams.TryGetValue(ssrc, out var stream);
        var index = SrtpStream.EstimateIndex(stream, sequence);
        if (index > SrtpStream.MaxRtpIndex)
        {
            return SrtpStatus.KeyExhausted;
        }

        // Reusing an index would reuse keystream: refuse it like libsrtp does.
        if (stream is not null && stream.IsRtpReplay(index))
        {
            return SrtpStatus.Replayed;
        }

        if (stream is null && !TryAddStream(sendStreams, ssrc, out stream))
        {
            return SrtpStatus.TooManyStreams;
        }

        transform.ProtectRtp(buffer, headerLength, length, ssrc, index);
        stream.AcceptRtp(index);
        protectedLength = length + transform.RtpTagLength;
        return SrtpStatus.Ok;
    }

    /// <summary>Verifies and decrypts an SRTP packet in place.</summary>
    /// <param name="packet">Exactly the received SRTP packet.</param>
    /// <param name="length">Length of the RTP packet (at the start of <paramref name="packet"/>) on success.</param>
    /// <returns><see cref="SrtpStatus.Ok"/>, or why the packet must be dropped.</returns>
    public SrtpStatus UnprotectRtp(Span<byte> packet, out int length)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        length = 0;
        var end = packet.Length - transform.RtpTagLength;
        if (end < 12 || !TryGetRtpHeaderLength(packet[..end], out var headerLength))
        {
            return SrtpStatus.Malformed;
        }

        var ssrc = BinaryPrimitives.ReadUInt32BigEndian(packet[8..]);
        var sequence = BinaryPrimitives.ReadUInt16BigEndian(packet[2..]);
        receiveStreams.TryGetValue(ssrc, out var stream);
        var index = SrtpStream.EstimateIndex(stream, sequence);
        if (stream is not null && stream.IsRtpReplay(index))
        {
            return SrtpStatus.Replayed;
        }

        if (stream is null && receiveStreams.Count >= MaxStreams)
        {
            return SrtpStatus.TooManyStreams;
        }

        if (!transform.UnprotectRtp(packet, headerLength, ssrc, index))
        {
            return SrtpStatus.AuthenticationFailed;
        }

        if (stream is null)
        {
            TryAddStream(receiveStreams, ssrc, out stream);
        }

        stream!.AcceptRtp(index);
        length = end;
        return SrtpStatus.Ok;
    }

    /// <summary>Turns an RTCP (compound) packet into an SRTCP packet in place, always encrypted (E = 1).</summary>
    /// <param name="buffer">Holds the packet in its first <paramref name="length"/> bytes and has room for <see cref="RtcpOverhead"/> more.</param>
    /// <param name="length">Length of the RTCP packet.</param>
    /// <param name="protectedLength">Length of the SRTCP packet on success.</param>
    /// <returns><see cref="SrtpStatus.Ok"/>, or why nothing was protected.</returns>
    public SrtpStatus ProtectRtcp(Span<byte> buffer, int length, out int protectedLength)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        protectedLength = 0;
        if ((uint)length > (uint)buffer.Length || !IsRtcpHeader(buffer[..length]))
        {
            return SrtpStatus.Malformed;
        }

        if (buffer.Length - length < transform.RtcpTrailerLength)
        {
            return SrtpStatus.BufferTooSmall;
        }

        var ssrc = BinaryPrimitives.ReadUInt32BigEndian(buffer[4..]);
        if (!sendStreams.TryGetValue(ssrc, out var stream) && !TryAddStream(sendStreams, ssrc, out stream))
        {
            return SrtpStatus.TooManyStreams;
        }

        if (!stream.TryTakeRtcpIndex(out var index))
        {
            return SrtpStatus.KeyExhausted;
        }

        transform.ProtectRtcp(buffer, length, ssrc, index);
        protectedLength = length + transform.RtcpTrailerLength;
        return SrtpStatus.Ok;
    }

    /// <summary>Verifies and (if its E flag is set) decrypts an SRTCP packet in place.</summary>
    /// <param name="packet">Exactly the received SRTCP packet.</param>
    /// <param name="length">Length of the RTCP packet (at the start of <paramref name="packet"/>) on success.</param>
    /// <returns><see cref="SrtpStatus.Ok"/>, or why the packet must be dropped.</returns>
    public SrtpStatus UnprotectRtcp(Span<byte> packet, out int length)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        length = 0;
        var end = packet.Length - transform.RtcpTrailerLength;
        if (end < 8 || !IsRtcpHeader(packet[..end]))
        {
            return SrtpStatus.Malformed;
        }

        var word = transform.ReadRtcpIndexWord(packet);
        var encrypted = (word & 0x8000_0000) != 0;
        var index = word & SrtpStream.MaxRtcpIndex;
        var ssrc = BinaryPrimitives.ReadUInt32BigEndian(packet[4..]);
        receiveStreams.TryGetValue(ssrc, out var stream);
        if (stream is not null && stream.IsRtcpReplay(index))
        {
            return SrtpStatus.Replayed;
        }

        if (stream is null && receiveStreams.Count >= MaxStreams)
        {
            return SrtpStatus.TooManyStreams;
        }

        if (!transform.UnprotectRtcp(packet, ssrc, index, encrypted))
        {
            return SrtpStatus.AuthenticationFailed;
        }

        if (stream is null)
        {
            TryAddStream(receiveStreams, ssrc, out stream);
        }

        stream!.AcceptRtcp(index);
        length = end;
        return SrtpStatus.Ok;
    }

    /// <summary>Gets the rollover counter of a received SSRC, if any packet of it was authenticated.</summary>
    /// <param name="ssrc">The synchronisation source.</param>
    /// <param name="rolloverCounter">The ROC of the highest index received.</param>
    /// <returns>True when the SSRC is known.</returns>
    public bool TryGetReceiveRolloverCounter(uint ssrc, out uint rolloverCounter)
    {
        var known = receiveStreams.TryGetValue(ssrc, out var stream);
        rolloverCounter = known ? stream!.RolloverCounter : 0;
        return known;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            transform.Dispose();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"SRTP context ({Profile})";

    /// <summary>Finds where the payload of an RTP packet starts (RFC 3550 §5.1, §5.3.1).</summary>
    internal static bool TryGetRtpHeaderLength(ReadOnlySpan<byte> packet, out int headerLength)
    {
        headerLength = 0;
        if (packet.Length < 12 || packet[0] >> 6 != 2)
        {
            return false;
        }

        var length = 12 + (4 * (packet[0] & 0x0F));
        if ((packet[0] & 0x10) != 0)
        {
            if (packet.Length < length + 4)
            {
                return false;
            }

            length += 4 + (4 * BinaryPrimitives.ReadUInt16BigEndian(packet[(length + 2)..]));
        }

        if (length > packet.Length)
        {
            return false;
        }

        headerLength = length;
        return true;
    }

    /// <summary>RTCP packets are whole 32-bit words with a version-2 header (RFC 3550 §6.4).</summary>
    private static bool IsRtcpHeader(ReadOnlySpan<byte> packet) => packet.Length >= 8 && packet.Length % 4 == 0 && packet[0] >> 6 == 2;

    private static bool TryAddStream(Dictionary<uint, SrtpStream> streams, uint ssrc, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SrtpStream? stream)
    {
        if (streams.Count >= MaxStreams)
        {
            stream = null;
            return false;
        }

        stream = new SrtpStream();
        streams.Add(ssrc, stream);
        return true;
    }
}
