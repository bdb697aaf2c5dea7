// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Audio;

/// <summary>What the jitter buffer hands out for one frame slot.</summary>
public enum JitterBufferFrameKind
{
    /// <summary>Nothing yet: playout has not started. Play silence.</summary>
    Waiting,

    /// <summary>A received packet to decode.</summary>
    Packet,

    /// <summary>No packet for this slot: conceal (the codec's PLC, or FEC from the next payload when given).</summary>
    Concealed,
}
