// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kandy.Media.Sdp;

namespace Kandy.Media.Tests.Sdp;

[Trait("Category", "unit")]
public sealed class SdpPropertyTests
{
    [Property(MaxTest = 500)]
    public bool ArbitraryTextNeverThrows(string text)
    {
        if (SdpMessage.TryParse(text, out var message))
        {
            // Whatever parses must write and parse again.
            return SdpMessage.TryParse(message.ToString(), out _);
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool ChromiumOfferWithOneLineChangedNeverThrows(int lineSeed, string replacement)
    {
        var lines = SdpFixtures.ChromiumAudioOffer.Split("\r\n");
        lines[Math.Abs(lineSeed % lines.Length)] = replacement ?? string.Empty;
        var text = string.Join("\r\n", lines);
        if (SdpMessage.TryParse(text, out var message))
        {
            var media = message.Media.FirstOrDefault();
            _ = media?.GetCodecs();
            _ = media?.Candidates;
            _ = media?.ExtMaps;
            _ = media?.Fingerprint;
        }

        return true;
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(TokenArbitrary)])]
    public bool ValidDescriptionsRoundTrip(NonEmptyArray<Token> tokens, PositiveInt port, byte payloadType)
    {
        var values = tokens.Get.Select(t => t.Value).ToArray();
        var message = new SdpMessage(new SdpOrigin("-", values[0], 3, "IN", "IP4", "127.0.0.1"));
        message.Timings.Add(new SdpTiming(0, 0));
        var media = new SdpMediaDescription("audio", port.Get % 65536, "UDP/TLS/RTP/SAVPF", [(payloadType % 128).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        foreach (var value in values)
        {
            media.Attributes.Add(new SdpAttribute(value, value));
            message.Attributes.Add(new SdpAttribute(value));
        }

        message.Media.Add(media);
        var text = message.ToString();

        return SdpMessage.Parse(text).ToString() == text;
    }

    /// <summary>A non-empty SDP token: printable ASCII without spaces or colons.</summary>
    public sealed record Token(string Value);

    /// <summary>Registers the <see cref="Token"/> generator with FsCheck.</summary>
    public static class TokenArbitrary
    {
        public static Arbitrary<Token> Tokens() =>
            Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./+=".ToCharArray())
                .NonEmptyListOf()
                .Select(chars => new Token(new string([.. chars])))
                .ToArbitrary();
    }
}
