// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>One frame slot handed out by <see cref="JitterBuffer.Pull"/>.</summary>
/// <param name="Kind">Packet, concealment or nothing yet.</param>
/// <param name="SequenceNumber">The RTP sequence number of the slot.</param>
/// <param name="Payload">The payload to decode, for <see cref="JitterBufferFrameKind.Packet"/>.</param>
/// <param name="NextPayload">For <see cref="JitterBufferFrameKind.Concealed"/>, the following payload when it is
/// already here, so a codec with in-band FEC can rebuild the lost frame; otherwise empty.</param>
public readonly record struct JitterBufferFrame(
    JitterBufferFrameKind Kind,
    ushort SequenceNumber,
    ReadOnlyMemory<byte> Payload,
    ReadOnlyMemory<byte> NextPayload);
