// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Codecs;

namespace Kandy.Media.Tests.Codecs;

[Trait("Category", "unit")]
public sealed class AudioCodecRegistryTests
{
    [Fact]
    public void OfferListsOpusFirstThenG711ThenComfortNoiseAndBothTelephoneEvents()
    {
        var offered = new AudioCodecRegistry().GetOfferedFormats();

        Assert.Equal(
            ["a=rtpmap:111 opus/48000/2", "a=rtpmap:0 PCMU/8000", "a=rtpmap:8 PCMA/8000", "a=rtpmap:13 CN/8000", "a=rtpmap:110 telephone-event/48000", "a=rtpmap:126 telephone-event/8000"],
            offered.Select(f => f.RtpMapLine));
        Assert.Equal("a=fmtp:111 minptime=10;useinbandfec=1", offered[0].FmtpLine);
        Assert.Equal("a=fmtp:126 0-15", offered[5].FmtpLine);
        Assert.Null(offered[1].FmtpLine);
    }

    [Fact]
    public void PreferenceOrderIsUserSettableAndKeepsTheRest()
    {
        var registry = new AudioCodecRegistry();

        registry.SetPreference("pcma");

        Assert.Equal(["PCMA", "opus", "PCMU"], registry.Preference.Select(c => c.Name));
        Assert.Throws<ArgumentException>(() => registry.SetPreference("G729"));
    }

    [Fact]
    public void NegotiationPicksOurPreferredCommonCodecWithTheRemotePayloadTypes()
    {
        var registry = new AudioCodecRegistry();
        registry.SetPreference("PCMU", "opus");
        AudioCodecInfo[] remote =
        [
            new("opus", 48000, 2, 109, "useinbandfec=1"),
            new("PCMU", 8000, 1, 0),
            new("telephone-event", 48000, 1, 101),
            new("telephone-event", 8000, 1, 100),
        ];

        var (codec, events) = registry.Negotiate(remote);

        Assert.Equal(0, codec!.PayloadType);
        Assert.Equal(100, events!.PayloadType);
        Assert.Equal(8000, events.ClockRate);
    }

    [Fact]
    public void NegotiationWithoutACommonCodecFindsNothing()
    {
        var (codec, events) = new AudioCodecRegistry().Negotiate([new("G722", 8000, 1, 9)]);

        Assert.Null(codec);
        Assert.Null(events);
    }

    [Fact]
    public void FactoriesBuildMatchingEncodersAndDecoders()
    {
        foreach (var codec in new AudioCodecRegistry().Preference)
        {
            var encoder = AudioCodecRegistry.CreateEncoder(codec);
            var decoder = AudioCodecRegistry.CreateDecoder(codec);
            Assert.Same(codec, encoder.Codec);
            Assert.Same(codec, decoder.Codec);
            Assert.Equal(codec.ClockRate, encoder.SampleRate);
            (encoder as IDisposable)?.Dispose();
            (decoder as IDisposable)?.Dispose();
        }

        Assert.Throws<NotSupportedException>(() => AudioCodecRegistry.CreateEncoder(AudioCodecRegistry.TelephoneEvent8k));
    }
}
