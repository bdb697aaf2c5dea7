// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using Kandy.Media.Dtls;
using Kandy.Media.Ice;

namespace Kandy.Media.WebRtc;

/// <summary>Reads the parts of a remote SDP offer or answer that audio negotiation uses (RFC 8866, RFC 8829 §5.8).</summary>
/// <remarks>
/// Media-level ice-ufrag/ice-pwd/fingerprint/setup override session-level ones. Unknown lines are ignored here;
/// a malformed description is rejected with <see cref="FormatException"/> and changes no state.
/// </remarks>
internal sealed class RemoteSessionDescription
{
    public List<RemoteMediaDescription> Media { get; } = [];

    public List<string> BundleGroup { get; } = [];

    public bool IceLite { get; private set; }

    public static RemoteSessionDescription Parse(string sdp)
    {
        var result = new RemoteSessionDescription();
        string? ufrag = null, pwd = null, setup = null;
        var fingerprints = new List<string>();
        RemoteMediaDescription? media = null;
        var sawVersion = false;
        foreach (var raw in sdp.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length < 2 || line[1] != '=')
            {
                continue;
            }

            var value = line[2..];
            switch (line[0])
            {
                case 'v':
                    sawVersion = value == "0";
                    break;
                case 'm':
                    media = ParseMediaLine(value);
                    result.Media.Add(media);
                    break;
                case 'a':
                    ReadAttribute(result, media, value, ref ufrag, ref pwd, ref setup, fingerprints);
                    break;
            }
        }

        if (!sawVersion || result.Media.Count == 0)
        {
            throw new FormatException("The remote description is not an SDP with media.");
        }

        foreach (var m in result.Media)
        {
            m.IceUsernameFragment ??= ufrag;
            m.IcePassword ??= pwd;
            m.Setup ??= setup;
            if (m.Fingerprints.Count == 0)
            {
                m.Fingerprints.AddRange(fingerprints);
            }
        }

        return result;
    }

    /// <summary>Gets the fingerprints of an m-line as parsed values; malformed ones are skipped.</summary>
    public static List<DtlsFingerprint> ParseFingerprints(RemoteMediaDescription media)
    {
        var list = new List<DtlsFingerprint>();
        foreach (var text in media.Fingerprints)
        {
            if (DtlsFingerprint.TryParse(text, out var fingerprint))
            {
                list.Add(fingerprint!);
            }
        }

        return list;
    }

    private static RemoteMediaDescription ParseMediaLine(string value)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 4 || !int.TryParse(parts[1].Split('/')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            throw new FormatException("Malformed m-line.");
        }

        return new RemoteMediaDescription { Kind = parts[0], Port = port, Protocol = parts[2], Formats = parts[3..] };
    }

    private static void ReadAttribute(
        RemoteSessionDescription session,
        RemoteMediaDescription? media,
        string attribute,
        ref string? ufrag,
        ref string? pwd,
        ref string? setup,
        List<string> fingerprints)
    {
        var colon = attribute.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? attribute : attribute[..colon];
        var value = colon < 0 ? string.Empty : attribute[(colon + 1)..].Trim();
        switch (name)
        {
            case "ice-lite" when media is null:
                session.IceLite = true;
                break;
            case "group" when value.StartsWith("BUNDLE", StringComparison.Ordinal):
                session.BundleGroup.AddRange(value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1));
                break;
            case "ice-ufrag":
                if (media is null) { ufrag = value; } else { media.IceUsernameFragment = value; }
                break;
            case "ice-pwd":
                if (media is null) { pwd = value; } else { media.IcePassword = value; }
                break;
            case "setup":
                if (media is null) { setup = value; } else { media.Setup = value; }
                break;
            case "fingerprint":
                (media?.Fingerprints ?? fingerprints).Add(value);
                break;
            case "mid" when media is not null:
                media.Mid = value;
                break;
            case "rtcp-mux" when media is not null:
                media.RtcpMux = true;
                break;
            case "sendrecv" or "sendonly" or "recvonly" or "inactive" when media is not null:
                media.Direction = ParseDirection(name);
                break;
            case "rtpmap" when media is not null:
                ReadRtpMap(media, value);
                break;
            case "candidate" when media is not null:
                if (IceCandidate.TryParse(attribute, out var candidate) && candidate.Component == 1)
                {
                    media.Candidates.Add(candidate);
                }

                break;
            case "ssrc" when media is not null && media.Ssrc is null:
                var space = value.IndexOf(' ', StringComparison.Ordinal);
                if (uint.TryParse(space < 0 ? value : value[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var ssrc))
                {
                    media.Ssrc = ssrc;
                }

                break;
            case "msid" when media is not null:
                var ids = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                media.TrackId = ids.Length > 1 ? ids[1] : null;
                break;
        }
    }

    private static void ReadRtpMap(RemoteMediaDescription media, string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && int.TryParse(value[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var payloadType))
        {
            media.RtpMaps[payloadType] = value[(space + 1)..];
        }
    }

    private static RtpTransceiverDirection ParseDirection(string name) => name switch
    {
        "sendonly" => RtpTransceiverDirection.SendOnly,
        "recvonly" => RtpTransceiverDirection.ReceiveOnly,
        "inactive" => RtpTransceiverDirection.Inactive,
        _ => RtpTransceiverDirection.SendReceive,
    };
}
