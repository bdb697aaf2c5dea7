// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Codecs;

/// <summary>Settings of the Opus encoder.</summary>
public sealed record OpusEncoderOptions
{
    /// <summary>Gets the PCM sample rate: 8000, 12000, 16000, 24000 or 48000 Hz.</summary>
    public int SampleRate { get; init; } = 48000;

    /// <summary>Gets the target bit rate in bits per second.</summary>
    public int Bitrate { get; init; } = 32000;

    /// <summary>Gets the complexity from 0 (fastest) to 10 (best).</summary>
    public int Complexity { get; init; } = 5;

    /// <summary>Gets a value indicating whether in-band forward error correction is produced (RFC 7587 <c>useinbandfec</c>).</summary>
    public bool UseInbandFec { get; init; } = true;

    /// <summary>Gets the packet loss the encoder plans for, in percent; in-band FEC only kicks in above 0.</summary>
    public int ExpectedPacketLossPercent { get; init; } = 10;

    /// <summary>Gets a value indicating whether silence is sent as rare refresh packets only (RFC 7587 <c>usedtx</c>).</summary>
    public bool UseDtx { get; init; }
}
