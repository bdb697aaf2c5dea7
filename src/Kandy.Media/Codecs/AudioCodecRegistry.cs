// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Codecs;

/// <summary>The audio formats we can send and receive, in the order the user prefers them.</summary>
/// <remarks>
/// The order decides what we offer first and what we pick from a remote offer (RFC 3264 §6.1: the answerer
/// keeps the formats both sides support). <c>telephone-event</c> and <c>CN</c> are not codecs of their own:
/// they ride along with the audio codec of the same clock rate.
/// </remarks>
public sealed class AudioCodecRegistry
{
    /// <summary>Opus at 48 kHz, two channels in SDP as RFC 7587 §7 requires, with in-band FEC.</summary>
    public static readonly AudioCodecInfo Opus = new(AudioCodecNames.Opus, 48000, 2, 111, "minptime=10;useinbandfec=1");

    /// <summary>G.711 µ-law, static payload type 0.</summary>
    public static readonly AudioCodecInfo Pcmu = new(AudioCodecNames.Pcmu, 8000, 1, 0);

    /// <summary>G.711 A-law, static payload type 8.</summary>
    public static readonly AudioCodecInfo Pcma = new(AudioCodecNames.Pcma, 8000, 1, 8);

    /// <summary>Comfort noise at 8 kHz, static payload type 13.</summary>
    public static readonly AudioCodecInfo ComfortNoise = new(AudioCodecNames.ComfortNoise, 8000, 1, 13);

    /// <summary>DTMF events at 48 kHz, for Opus (payload type as Chromium numbers it).</summary>
    public static readonly AudioCodecInfo TelephoneEvent48k = new(AudioCodecNames.TelephoneEvent, 48000, 1, 110, "0-15");

    /// <summary>DTMF events at 8 kHz, for G.711 (payload type as Chromium numbers it).</summary>
    public static readonly AudioCodecInfo TelephoneEvent8k = new(AudioCodecNames.TelephoneEvent, 8000, 1, 126, "0-15");

    private static readonly AudioCodecInfo[] Codecs = [Opus, Pcmu, Pcma];

    private readonly List<AudioCodecInfo> preference = [.. Codecs];

    /// <summary>Gets the audio codecs in preference order, most wanted first.</summary>
    public IReadOnlyList<AudioCodecInfo> Preference => preference;

    /// <summary>Sets the preference order. Codecs left out keep their relative order after the named ones.</summary>
    /// <param name="names">Encoding names, most wanted first (<c>PCMU</c>, <c>opus</c>, ...).</param>
    /// <exception cref="ArgumentException">A name is not a codec we have.</exception>
    public void SetPreference(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var ordered = new List<AudioCodecInfo>();
        foreach (var name in names)
        {
            var codec = Array.Find(Codecs, c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"'{name}' is not a supported audio codec.", nameof(names));
            if (!ordered.Contains(codec))
            {
                ordered.Add(codec);
            }
        }

        ordered.AddRange(preference.Where(c => !ordered.Contains(c)));
        preference.Clear();
        preference.AddRange(ordered);
    }

    /// <summary>Lists what we offer, in order: the audio codecs, then comfort noise and both <c>telephone-event</c> rates.</summary>
    /// <returns>The formats of our <c>m=audio</c> line.</returns>
    public IReadOnlyList<AudioCodecInfo> GetOfferedFormats() => [.. preference, ComfortNoise, TelephoneEvent48k, TelephoneEvent8k];

    /// <summary>Picks what to use from the formats a remote party offered.</summary>
    /// <param name="remote">The remote formats with the remote payload types.</param>
    /// <returns>The chosen codec and the <c>telephone-event</c> of its clock rate (both with the remote payload types),
    /// or <see langword="null"/> codec when nothing matches.</returns>
    public (AudioCodecInfo? Codec, AudioCodecInfo? TelephoneEvent) Negotiate(IEnumerable<AudioCodecInfo> remote)
    {
        ArgumentNullException.ThrowIfNull(remote);
        var offered = remote.ToList();
        foreach (var ours in preference)
        {
            var match = offered.Find(ours.IsSameFormat);
            if (match is not null)
            {
                var events = offered.Find(f => f.IsTelephoneEvent && f.ClockRate == match.ClockRate);
                return (match, events);
            }
        }

        return (null, null);
    }

    /// <summary>Creates an encoder for a negotiated codec.</summary>
    /// <param name="codec">The codec.</param>
    /// <param name="opusOptions">Opus settings, when the codec is Opus.</param>
    /// <returns>The encoder.</returns>
    /// <exception cref="NotSupportedException">Not one of our codecs.</exception>
    public static IAudioEncoder CreateEncoder(AudioCodecInfo codec, OpusEncoderOptions? opusOptions = null)
    {
        ArgumentNullException.ThrowIfNull(codec);
        return codec switch
        {
            _ when codec.IsSameFormat(Opus) => new OpusAudioEncoder(opusOptions),
            _ when codec.IsSameFormat(Pcmu) => new G711Encoder(G711Law.MuLaw),
            _ when codec.IsSameFormat(Pcma) => new G711Encoder(G711Law.ALaw),
            _ => throw new NotSupportedException($"No encoder for {codec.RtpMap}."),
        };
    }

    /// <summary>Creates a decoder for a negotiated codec.</summary>
    /// <param name="codec">The codec.</param>
    /// <returns>The decoder.</returns>
    /// <exception cref="NotSupportedException">Not one of our codecs.</exception>
    public static IAudioDecoder CreateDecoder(AudioCodecInfo codec)
    {
        ArgumentNullException.ThrowIfNull(codec);
        return codec switch
        {
            _ when codec.IsSameFormat(Opus) => new OpusAudioDecoder(),
            _ when codec.IsSameFormat(Pcmu) => new G711Decoder(G711Law.MuLaw),
            _ when codec.IsSameFormat(Pcma) => new G711Decoder(G711Law.ALaw),
            _ => throw new NotSupportedException($"No decoder for {codec.RtpMap}."),
        };
    }
}
