// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Concentus.Enums;
using Concentus.Structs;

namespace Kandy.Media.Codecs;

/// <summary>Opus encoder (RFC 6716, payload format RFC 7587) on Concentus' managed implementation.</summary>
/// <remarks>
/// The managed encoder is constructed directly rather than through <c>OpusCodecFactory</c>, which silently
/// switches to a native libopus when one is installed: every machine then encodes the same bytes.
/// </remarks>
public sealed class OpusAudioEncoder : IAudioEncoder, IDisposable
{
    private readonly OpusEncoder encoder;
    private readonly bool dtx;

    /// <summary>Creates the encoder.</summary>
    /// <param name="options">Settings; the defaults suit voice calls.</param>
    public OpusAudioEncoder(OpusEncoderOptions? options = null)
    {
        options ??= new OpusEncoderOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Complexity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Complexity, 10);
        SampleRate = options.SampleRate;
        dtx = options.UseDtx;
        // The constructor is marked obsolete only to steer callers towards the factory's native switch,
        // which is exactly what we must avoid.
#pragma warning disable CS0618
        encoder = new OpusEncoder(options.SampleRate, 1, OpusApplication.OPUS_APPLICATION_VOIP)
#pragma warning restore CS0618
        {
            Bitrate = options.Bitrate,
            Complexity = options.Complexity,
            UseInbandFEC = options.UseInbandFec,
            PacketLossPercent = options.UseInbandFec ? options.ExpectedPacketLossPercent : 0,
            UseDTX = options.UseDtx,
            SignalType = OpusSignal.OPUS_SIGNAL_VOICE,
        };
    }

    /// <inheritdoc/>
    public AudioCodecInfo Codec => AudioCodecRegistry.Opus;

    /// <inheritdoc/>
    public int SampleRate { get; }

    /// <inheritdoc/>
    public int Encode(ReadOnlySpan<short> samples, Span<byte> payload)
    {
        var length = encoder.Encode(samples, samples.Length, payload, payload.Length);

        // RFC 7587 §3.1.3: with DTX a packet of at most two bytes means "still silent" and need not be sent.
        return dtx && length <= 2 ? 0 : length;
    }

    /// <inheritdoc/>
    public void Dispose() => encoder.Dispose();
}
