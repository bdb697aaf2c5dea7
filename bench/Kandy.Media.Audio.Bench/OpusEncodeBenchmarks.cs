// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using BenchmarkDotNet.Attributes;
using Kandy.Media.Codecs;

namespace Kandy.Media.Audio.Bench;

/// <summary>Time to encode one 20 ms mono frame at 48 kHz; 20 ms divided by it is the encoders one core carries in real time.</summary>
[MemoryDiagnoser]
public class OpusEncodeBenchmarks : IDisposable
{
    private readonly short[] frame = new short[960];
    private readonly byte[] payload = new byte[1275];
    private readonly short[] speechLike = SpeechLikeSignal.Create(48000, 48000);
    private OpusAudioEncoder? encoder;
    private int offset;

    /// <summary>Gets or sets the encoder complexity.</summary>
    [Params(5, 10)]
    public int Complexity { get; set; }

    /// <summary>Creates the encoder.</summary>
    [GlobalSetup]
    public void Setup()
    {
        encoder = new OpusAudioEncoder(new OpusEncoderOptions { Complexity = Complexity });
    }

    /// <summary>Encodes the next 20 ms of a speech-like signal.</summary>
    /// <returns>The payload length.</returns>
    [Benchmark]
    public int EncodeFrame()
    {
        speechLike.AsSpan(offset, 960).CopyTo(frame);
        offset = (offset + 960) % (speechLike.Length - 960);
        return encoder!.Encode(frame, payload);
    }

    /// <summary>G.711 µ-law for scale.</summary>
    /// <returns>The payload length.</returns>
    [Benchmark(Baseline = true)]
    public int EncodeFramePcmu()
    {
        MuLaw.Encode(speechLike.AsSpan(offset, 160), payload);
        offset = (offset + 160) % (speechLike.Length - 960);
        return 160;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        encoder?.Dispose();
        GC.SuppressFinalize(this);
    }
}
