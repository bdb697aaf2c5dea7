// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Dtls;

namespace Kandy.Media.Sdp;

/// <summary>A session description (RFC 8866) with the JSEP attributes (RFC 8829) as typed members.</summary>
/// <remarks>
/// <para>Parsing keeps every line's text: unknown attributes stay in <see cref="SdpAttributeList"/> in their order,
/// and <see cref="ToString"/> writes fields in RFC 8866 order with CRLF line ends, so a browser's description
/// round-trips byte for byte.</para>
/// <para>Not thread-safe; <see cref="Clone"/> gives an independent copy to edit.</para>
/// </remarks>
public sealed class SdpMessage
{
    /// <summary>Initializes a new instance of the <see cref="SdpMessage"/> class.</summary>
    /// <param name="origin">The <c>o=</c> line.</param>
    public SdpMessage(SdpOrigin origin)
    {
        Origin = origin;
    }

    /// <summary>Gets or sets the protocol version (<c>v=</c>), always 0 today.</summary>
    public int Version { get; set; }

    /// <summary>Gets or sets the origin (<c>o=</c>).</summary>
    public SdpOrigin Origin { get; set; }

    /// <summary>Gets or sets the session name (<c>s=</c>); JSEP writes <c>-</c>.</summary>
    public string SessionName { get; set; } = "-";

    /// <summary>Gets or sets the session information (<c>i=</c>).</summary>
    public string? Information { get; set; }

    /// <summary>Gets or sets the URI (<c>u=</c>).</summary>
    public string? Uri { get; set; }

    /// <summary>Gets the e-mail lines (<c>e=</c>).</summary>
    public IList<string> Emails { get; } = [];

    /// <summary>Gets the phone lines (<c>p=</c>).</summary>
    public IList<string> Phones { get; } = [];

    /// <summary>Gets or sets the session-level connection (<c>c=</c>).</summary>
    public SdpConnection? Connection { get; set; }

    /// <summary>Gets the session-level bandwidth lines (<c>b=</c>).</summary>
    public IList<SdpBandwidth> Bandwidths { get; } = [];

    /// <summary>Gets the timing lines (<c>t=</c> with their <c>r=</c> lines).</summary>
    public IList<SdpTiming> Timings { get; } = [];

    /// <summary>Gets or sets the time zone line (<c>z=</c>), kept as text.</summary>
    public string? TimeZones { get; set; }

    /// <summary>Gets or sets the obsolete <c>k=</c> line, kept only for round trips.</summary>
    public string? Key { get; set; }

    /// <summary>Gets the session-level attributes in order.</summary>
    public SdpAttributeList Attributes { get; } = [];

    /// <summary>Gets the media sections in order.</summary>
    public IList<SdpMediaDescription> Media { get; } = [];

    /// <summary>Gets the well-formed <c>a=group</c> lines.</summary>
    public IReadOnlyList<SdpGroup> Groups =>
        [.. Attributes.GetValues("group").Select(v => SdpGroup.TryParse(v, out var g) ? g : null).OfType<SdpGroup>()];

    /// <summary>Gets or sets the first BUNDLE group (RFC 9143); null removes every BUNDLE group.</summary>
    public SdpGroup? BundleGroup
    {
        get => Groups.FirstOrDefault(g => g.Semantics == SdpGroup.Bundle);
        set
        {
            var at = Attributes.ToList().FindIndex(a => a.Name == "group" && a.Value?.StartsWith(SdpGroup.Bundle, StringComparison.Ordinal) == true);
            Attributes.RemoveWhere(a => a.Name == "group" && SdpGroup.TryParse(a.Value, out var g) && g.Semantics == SdpGroup.Bundle);
            if (value is not null)
            {
                Attributes.Insert(at < 0 ? 0 : Math.Min(at, Attributes.Count), new SdpAttribute("group", value.ToString()));
            }
        }
    }

    /// <summary>Gets or sets a value indicating whether this side is an ICE-lite agent (<c>a=ice-lite</c>, RFC 8445 §5.1.1).</summary>
    public bool IceLite
    {
        get => Attributes.Contains("ice-lite");
        set => Attributes.SetFlag("ice-lite", value);
    }

    /// <summary>Gets or sets a value indicating whether one- and two-byte header extensions may be mixed (<c>a=extmap-allow-mixed</c>, RFC 8285 §6).</summary>
    public bool ExtmapAllowMixed
    {
        get => Attributes.Contains("extmap-allow-mixed");
        set => Attributes.SetFlag("extmap-allow-mixed", value);
    }

    /// <summary>Gets or sets the session-level <c>a=ice-options</c> tags.</summary>
    public IReadOnlyList<string> IceOptions
    {
        get => ReadIceOptions(Attributes);
        set => WriteIceOptions(Attributes, value);
    }

    /// <summary>Gets or sets the session-level <c>a=fingerprint</c>.</summary>
    public DtlsFingerprint? Fingerprint
    {
        get => ReadFingerprint(Attributes);
        set
        {
            if (value is null)
            {
                Attributes.RemoveAll("fingerprint");
            }
            else
            {
                Attributes.Set("fingerprint", value.ToString());
            }
        }
    }

    /// <summary>Parses a session description.</summary>
    /// <param name="text">The SDP text; CRLF or LF line ends.</param>
    /// <returns>The description.</returns>
    /// <exception cref="SdpParseException">The text is not a well-formed session description.</exception>
    public static SdpMessage Parse(string text) =>
        TryParse(text, out var message, out var error) ? message : throw new SdpParseException(error);

    /// <summary>Parses a session description without throwing.</summary>
    /// <param name="text">The SDP text.</param>
    /// <param name="message">The description on success.</param>
    /// <returns>True when the text is a well-formed session description.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpMessage? message) =>
        TryParse(text, out message, out _);

    /// <summary>Parses a session description without throwing, telling what is wrong on failure.</summary>
    /// <param name="text">The SDP text.</param>
    /// <param name="message">The description on success.</param>
    /// <param name="error">What is wrong (with the line number) on failure.</param>
    /// <returns>True when the text is a well-formed session description.</returns>
    public static bool TryParse(
        string? text,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpMessage? message,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error) =>
        SdpParser.TryParse(text, out message, out error);

    /// <summary>Finds the media section with the given <c>a=mid</c>.</summary>
    /// <param name="mid">The identification tag.</param>
    /// <returns>The section, or null.</returns>
    public SdpMediaDescription? FindMedia(string mid) => Media.FirstOrDefault(m => m.Mid == mid);

    /// <summary>Gets the ICE username fragment of a section, falling back to the session level (RFC 8839 §5.4).</summary>
    /// <param name="media">The section.</param>
    /// <returns>The ufrag, or null.</returns>
    public string? GetIceUfrag(SdpMediaDescription media) => media?.IceUfrag ?? Attributes.GetValue("ice-ufrag");

    /// <summary>Gets the ICE password of a section, falling back to the session level (RFC 8839 §5.4).</summary>
    /// <param name="media">The section.</param>
    /// <returns>The password, or null.</returns>
    public string? GetIcePwd(SdpMediaDescription media) => media?.IcePwd ?? Attributes.GetValue("ice-pwd");

    /// <summary>Gets the fingerprint of a section, falling back to the session level (RFC 8122 §5).</summary>
    /// <param name="media">The section.</param>
    /// <returns>The fingerprint, or null.</returns>
    public DtlsFingerprint? GetFingerprint(SdpMediaDescription media) => media?.Fingerprint ?? Fingerprint;

    /// <summary>Removes one ICE option (for example <c>trickle</c>) at session level and from every section.</summary>
    /// <param name="option">The option tag.</param>
    public void RemoveIceOption(string option)
    {
        IceOptions = [.. IceOptions.Where(o => o != option)];
        foreach (var media in Media)
        {
            media.IceOptions = [.. media.IceOptions.Where(o => o != option)];
        }
    }

    /// <summary>Makes an independent copy.</summary>
    /// <returns>The copy.</returns>
    public SdpMessage Clone() => Parse(ToString());

    /// <summary>Formats the description as SDP text with CRLF line ends.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => SdpWriter.Write(this);

    /// <summary>Reads the tags of every <c>a=ice-options</c> line.</summary>
    internal static IReadOnlyList<string> ReadIceOptions(SdpAttributeList attributes) =>
        [.. attributes.GetValues("ice-options").SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>Writes the tags as one <c>a=ice-options</c> line, or removes it when there are none.</summary>
    internal static void WriteIceOptions(SdpAttributeList attributes, IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count == 0)
        {
            attributes.RemoveAll("ice-options");
        }
        else
        {
            attributes.Set("ice-options", string.Join(' ', options));
        }
    }

    /// <summary>Reads the first well-formed <c>a=fingerprint</c>.</summary>
    internal static DtlsFingerprint? ReadFingerprint(SdpAttributeList attributes)
    {
        foreach (var value in attributes.GetValues("fingerprint"))
        {
            if (DtlsFingerprint.TryParse(value, out var fingerprint))
            {
                return fingerprint;
            }
        }

        return null;
    }
}
