// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using Kandy.Media.Dtls;
using Kandy.Media.Ice;

namespace Kandy.Media.Sdp;

/// <summary>One media section: the <c>m=</c> line and the lines under it (RFC 8866 §5.14).</summary>
/// <remarks>
/// Typed members read and write the <see cref="Attributes"/> list, which keeps every attribute (known or not)
/// in its original order; that is what lets a parsed description be written back unchanged.
/// </remarks>
public sealed class SdpMediaDescription
{
    /// <summary>Initializes a new instance of the <see cref="SdpMediaDescription"/> class.</summary>
    /// <param name="media">The media type: <c>audio</c>, <c>video</c>, <c>application</c>, …</param>
    /// <param name="port">The port; 0 rejects the section.</param>
    /// <param name="protocol">The transport protocol, for WebRTC <c>UDP/TLS/RTP/SAVPF</c>.</param>
    /// <param name="formats">The format list (payload types for RTP).</param>
    public SdpMediaDescription(string media, int port, string protocol, IEnumerable<string> formats)
    {
        Media = media;
        Port = port;
        Protocol = protocol;
        Formats = [.. formats];
    }

    /// <summary>Gets or sets the media type.</summary>
    public string Media { get; set; }

    /// <summary>Gets or sets the port; 0 means the section is rejected or disabled (RFC 3264 §6).</summary>
    public int Port { get; set; }

    /// <summary>Gets or sets the number of ports after a slash, or null when not written.</summary>
    public int? PortCount { get; set; }

    /// <summary>Gets or sets the transport protocol.</summary>
    public string Protocol { get; set; }

    /// <summary>Gets the formats of the <c>m=</c> line in preference order.</summary>
    public IList<string> Formats { get; }

    /// <summary>Gets or sets the <c>i=</c> title.</summary>
    public string? Information { get; set; }

    /// <summary>Gets the <c>c=</c> lines (normally one).</summary>
    public IList<SdpConnection> Connections { get; } = [];

    /// <summary>Gets the <c>b=</c> lines.</summary>
    public IList<SdpBandwidth> Bandwidths { get; } = [];

    /// <summary>Gets or sets the obsolete <c>k=</c> line, kept only for round trips.</summary>
    public string? Key { get; set; }

    /// <summary>Gets the attributes in order.</summary>
    public SdpAttributeList Attributes { get; } = [];

    /// <summary>Gets or sets the first <c>c=</c> line.</summary>
    public SdpConnection? Connection
    {
        get => Connections.Count > 0 ? Connections[0] : null;
        set
        {
            Connections.Clear();
            if (value is not null)
            {
                Connections.Add(value);
            }
        }
    }

    /// <summary>Gets a value indicating whether the section is rejected: port 0 without <c>a=bundle-only</c> (RFC 8843 §6).</summary>
    public bool IsRejected => Port == 0 && !Attributes.Contains("bundle-only");

    /// <summary>Gets or sets the <c>a=mid</c> identification tag (RFC 5888).</summary>
    public string? Mid
    {
        get => Attributes.GetValue("mid");
        set => SetOrRemove("mid", value);
    }

    /// <summary>Gets or sets the direction attribute; null when none is written (which means send-receive).</summary>
    public SdpDirection? Direction
    {
        get
        {
            foreach (var attribute in Attributes)
            {
                if (attribute.Value is null && SdpDirections.TryParse(attribute.Name, out var direction))
                {
                    return direction;
                }
            }

            return null;
        }

        set
        {
            var at = IndexOfDirection();
            Attributes.RemoveWhere(a => a.Value is null && SdpDirections.TryParse(a.Name, out _));
            if (value is { } direction)
            {
                Attributes.Insert(at < 0 ? Attributes.Count : at, new SdpAttribute(SdpDirections.ToText(direction)));
            }
        }
    }

    /// <summary>Gets or sets the <c>a=ice-ufrag</c> of this section.</summary>
    public string? IceUfrag
    {
        get => Attributes.GetValue("ice-ufrag");
        set => SetOrRemove("ice-ufrag", value);
    }

    /// <summary>Gets or sets the <c>a=ice-pwd</c> of this section.</summary>
    public string? IcePwd
    {
        get => Attributes.GetValue("ice-pwd");
        set => SetOrRemove("ice-pwd", value);
    }

    /// <summary>Gets or sets the <c>a=ice-options</c> tags (for example <c>trickle</c>); empty removes the line.</summary>
    public IReadOnlyList<string> IceOptions
    {
        get => SdpMessage.ReadIceOptions(Attributes);
        set => SdpMessage.WriteIceOptions(Attributes, value);
    }

    /// <summary>Gets or sets the first <c>a=fingerprint</c> (RFC 8122) of this section.</summary>
    public DtlsFingerprint? Fingerprint
    {
        get => SdpMessage.ReadFingerprint(Attributes);
        set => SetOrRemove("fingerprint", value?.ToString());
    }

    /// <summary>Gets or sets the <c>a=setup</c> role (RFC 4145).</summary>
    public SdpSetupRole? Setup
    {
        get => SdpSetupRoles.TryParse(Attributes.GetValue("setup"), out var role) ? role : null;
        set => SetOrRemove("setup", value is { } role ? SdpSetupRoles.ToText(role) : null);
    }

    /// <summary>Gets or sets a value indicating whether RTP and RTCP share the port (<c>a=rtcp-mux</c>, RFC 5761).</summary>
    public bool RtcpMux
    {
        get => Attributes.Contains("rtcp-mux");
        set => Attributes.SetFlag("rtcp-mux", value);
    }

    /// <summary>Gets or sets a value indicating whether reduced-size RTCP is allowed (<c>a=rtcp-rsize</c>, RFC 5506).</summary>
    public bool RtcpReducedSize
    {
        get => Attributes.Contains("rtcp-rsize");
        set => Attributes.SetFlag("rtcp-rsize", value);
    }

    /// <summary>Gets or sets a value indicating whether all candidates are listed (<c>a=end-of-candidates</c>, RFC 8840).</summary>
    public bool EndOfCandidates
    {
        get => Attributes.Contains("end-of-candidates");
        set => Attributes.SetFlag("end-of-candidates", value);
    }

    /// <summary>Gets or sets the <c>a=msid</c> of this section (RFC 8830).</summary>
    public SdpMsid? Msid
    {
        get => SdpMsid.TryParse(Attributes.GetValue("msid"), out var msid) ? msid : null;
        set => SetOrRemove("msid", value?.ToString());
    }

    /// <summary>Gets the well-formed <c>a=rtpmap</c> lines.</summary>
    public IReadOnlyList<SdpRtpMap> RtpMaps => Typed<SdpRtpMap>("rtpmap", SdpRtpMap.TryParse);

    /// <summary>Gets the well-formed <c>a=fmtp</c> lines.</summary>
    public IReadOnlyList<SdpFormatParameters> FormatParameters => Typed<SdpFormatParameters>("fmtp", SdpFormatParameters.TryParse);

    /// <summary>Gets the well-formed <c>a=rtcp-fb</c> lines.</summary>
    public IReadOnlyList<SdpRtcpFeedback> RtcpFeedback => Typed<SdpRtcpFeedback>("rtcp-fb", SdpRtcpFeedback.TryParse);

    /// <summary>Gets the well-formed <c>a=extmap</c> lines.</summary>
    public IReadOnlyList<SdpExtMap> ExtMaps => Typed<SdpExtMap>("extmap", SdpExtMap.TryParse);

    /// <summary>Gets the well-formed <c>a=ssrc</c> lines.</summary>
    public IReadOnlyList<SdpSsrc> Ssrcs => Typed<SdpSsrc>("ssrc", SdpSsrc.TryParse);

    /// <summary>Gets the <c>a=candidate</c> lines that name an IP address (others, such as mDNS names, are skipped).</summary>
    public IReadOnlyList<IceCandidate> Candidates => Typed<IceCandidate>("candidate", IceCandidate.TryParse);

    /// <summary>Creates the section an answer uses to reject an offered one: same media, protocol and formats, port 0, its mid.</summary>
    /// <param name="offered">The offered section.</param>
    /// <returns>The rejected section (RFC 3264 §6, RFC 8829 §5.3.1).</returns>
    public static SdpMediaDescription CreateRejected(SdpMediaDescription offered)
    {
        ArgumentNullException.ThrowIfNull(offered);
        var rejected = new SdpMediaDescription(offered.Media, 0, offered.Protocol, offered.Formats);
        rejected.Connection = SdpConnection.Placeholder;
        if (offered.Mid is { } mid)
        {
            rejected.Mid = mid;
        }

        return rejected;
    }

    /// <summary>Adds an <c>a=candidate</c> line.</summary>
    /// <param name="candidate">The candidate.</param>
    public void AddCandidate(IceCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        Attributes.Add(SdpAttribute.Parse(candidate.ToString()));
    }

    /// <summary>Gathers the RTP formats in <c>m=</c> order with their <c>rtpmap</c>, <c>fmtp</c> and <c>rtcp-fb</c> lines.</summary>
    /// <returns>The codecs; formats with neither an <c>rtpmap</c> nor a well-known static type are skipped.</returns>
    public IReadOnlyList<SdpCodec> GetCodecs()
    {
        var maps = RtpMaps.GroupBy(m => m.PayloadType).ToDictionary(g => g.Key, g => g.First());
        var fmtps = FormatParameters.GroupBy(f => f.PayloadType).ToDictionary(g => g.Key, g => g.First().Parameters);
        var feedback = RtcpFeedback;
        var codecs = new List<SdpCodec>();
        foreach (var format in Formats)
        {
            if (!SdpNumbers.TryPayloadType(format, out var payloadType))
            {
                continue;
            }

            var codec = maps.TryGetValue(payloadType, out var map)
                ? new SdpCodec(payloadType, map.EncodingName, map.ClockRate, map.Channels)
                : SdpCodec.Static(payloadType);
            if (codec is null)
            {
                continue;
            }

            codecs.Add(codec with
            {
                Parameters = fmtps.GetValueOrDefault(payloadType),
                Feedback = [.. feedback.Where(f => f.PayloadType == payloadType || f.PayloadType is null)],
            });
        }

        return codecs;
    }

    /// <summary>Replaces the formats and their <c>rtpmap</c>, <c>fmtp</c> and <c>rtcp-fb</c> lines by <paramref name="codecs"/>.</summary>
    /// <param name="codecs">The codecs in preference order.</param>
    /// <remarks>The new lines go where the first old <c>rtpmap</c> was (or at the end), grouped per codec as browsers write them.</remarks>
    public void SetCodecs(IEnumerable<SdpCodec> codecs)
    {
        ArgumentNullException.ThrowIfNull(codecs);
        var list = codecs.ToList();
        var at = -1;
        for (var i = 0; i < Attributes.Count && at < 0; i++)
        {
            if (Attributes[i].Name is "rtpmap" or "fmtp" or "rtcp-fb")
            {
                at = i;
            }
        }

        Attributes.RemoveWhere(a => a.Name is "rtpmap" or "fmtp" or "rtcp-fb");
        at = at < 0 ? Attributes.Count : at;
        Formats.Clear();
        foreach (var codec in list)
        {
            Formats.Add(codec.PayloadType.ToString(CultureInfo.InvariantCulture));
            Attributes.Insert(at++, new SdpAttribute("rtpmap", codec.RtpMap.ToString()));
            foreach (var feedback in codec.Feedback)
            {
                Attributes.Insert(at++, new SdpAttribute("rtcp-fb", (feedback with { PayloadType = codec.PayloadType }).ToString()));
            }

            if (codec.Parameters is { } parameters)
            {
                Attributes.Insert(at++, new SdpAttribute("fmtp", new SdpFormatParameters(codec.PayloadType, parameters).ToString()));
            }
        }
    }

    /// <summary>Formats the section as SDP lines, each ending in CRLF.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder();
        SdpWriter.WriteMedia(builder, this);
        return builder.ToString();
    }

    private List<T> Typed<T>(string name, SdpTryParse<T> parse)
        where T : class
    {
        var items = new List<T>();
        foreach (var value in Attributes.GetValues(name))
        {
            if (parse(value, out var item))
            {
                items.Add(item);
            }
        }

        return items;
    }

    private void SetOrRemove(string name, string? value)
    {
        if (value is null)
        {
            Attributes.RemoveAll(name);
        }
        else
        {
            Attributes.Set(name, value);
        }
    }

    private int IndexOfDirection()
    {
        for (var i = 0; i < Attributes.Count; i++)
        {
            if (Attributes[i].Value is null && SdpDirections.TryParse(Attributes[i].Name, out _))
            {
                return i;
            }
        }

        return -1;
    }
}
