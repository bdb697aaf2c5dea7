// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;

namespace Kandy.Media.Sdp;

/// <summary>Reads SDP text into a <see cref="SdpMessage"/> (RFC 8866 §5, §9 grammar).</summary>
/// <remarks>
/// Lenient where browsers and servers differ harmlessly (LF or CRLF, blank lines, field order inside a
/// section, m= lines without formats) and strict where a wrong reading would mislead: the <c>v=</c>, <c>o=</c>
/// and <c>s=</c> lines are required, numbers must be numbers, and unknown line types are refused (RFC 8866 §5).
/// </remarks>
internal static class SdpParser
{
    /// <summary>Longest description accepted; real ones are a few kilobytes.</summary>
    internal const int MaxLength = 256 * 1024;

    internal static bool TryParse(string? text, out SdpMessage? message, out string? error)
    {
        message = null;
        if (string.IsNullOrEmpty(text))
        {
            error = "The description is empty.";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = "The description is too long.";
            return false;
        }

        var state = new State();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.EndsWith('\r') ? rawLine[..^1] : rawLine;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length < 2 || line[1] != '=' || line[0] is < 'a' or > 'z')
            {
                error = $"Line {lineNumber} is not of the form <type>=<value>.";
                return false;
            }

            var problem = state.Accept(line[0], line[2..]);
            if (problem is not null)
            {
                error = $"Line {lineNumber}: {problem}";
                return false;
            }
        }

        return state.Finish(out message, out error);
    }

    private sealed class State
    {
        private bool sawVersion;
        private int version;
        private SdpOrigin? origin;
        private string? sessionName;
        private readonly List<(char Type, string Value)> session = [];
        private readonly List<SdpMediaDescription> media = [];

        internal string? Accept(char type, string value)
        {
            if (!sawVersion)
            {
                if (type != 'v' || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out version) || version != 0)
                {
                    return "a description starts with v=0.";
                }

                sawVersion = true;
                return null;
            }

            if (type == 'm')
            {
                return AcceptMediaLine(value);
            }

            return media.Count > 0 ? AcceptMediaField(media[^1], type, value) : AcceptSessionField(type, value);
        }

        internal bool Finish(out SdpMessage? message, out string? error)
        {
            message = null;
            (error, var ok) = (origin, sessionName) switch
            {
                (null, _) => ("the o= line is missing.", false),
                (_, null) => ("the s= line is missing.", false),
                _ => ((string?)null, true),
            };
            if (!ok)
            {
                return false;
            }

            var result = new SdpMessage(origin!) { Version = version, SessionName = sessionName! };
            foreach (var (type, value) in session)
            {
                switch (type)
                {
                    case 'i': result.Information = value; break;
                    case 'u': result.Uri = value; break;
                    case 'e': result.Emails.Add(value); break;
                    case 'p': result.Phones.Add(value); break;
                    case 'z': result.TimeZones = value; break;
                    case 'k': result.Key = value; break;
                    case 'a': result.Attributes.Add(SdpAttribute.Parse(value)); break;
                    // c=, b= and t= were validated as they were read.
                    case 'c' when SdpConnection.TryParse(value, out var c): result.Connection = c; break;
                    case 'b' when SdpBandwidth.TryParse(value, out var b): result.Bandwidths.Add(b); break;
                    case 't' when SdpTiming.TryParse(value, out var t): result.Timings.Add(t); break;
                    case 'r': result.Timings[^1].Repeats.Add(value); break;
                }
            }

            foreach (var section in media)
            {
                result.Media.Add(section);
            }

            message = result;
            return true;
        }

        private string? AcceptSessionField(char type, string value)
        {
            switch (type)
            {
                case 'o':
                    if (origin is not null || !SdpOrigin.TryParse(value, out origin))
                    {
                        return "the o= line is repeated or malformed.";
                    }

                    return null;
                case 's':
                    if (sessionName is not null)
                    {
                        return "the s= line is repeated.";
                    }

                    sessionName = value;
                    return null;
                case 'c' when !SdpConnection.TryParse(value, out _):
                    return "the c= line is malformed.";
                case 'b' when !SdpBandwidth.TryParse(value, out _):
                    return "the b= line is malformed.";
                case 't' when !SdpTiming.TryParse(value, out _):
                    return "the t= line is malformed.";
                case 'r' when !session.Any(f => f.Type == 't'):
                    return "an r= line comes before any t= line.";
                case 'a' when value.Length == 0:
                    return "the a= line is empty.";
                case 'i' or 'u' or 'e' or 'p' or 'c' or 'b' or 't' or 'r' or 'z' or 'k' or 'a':
                    if (type is 'i' or 'u' or 'c' or 'z' or 'k' && session.Any(f => f.Type == type))
                    {
                        return $"the {type}= line is repeated.";
                    }

                    session.Add((type, value));
                    return null;
                default:
                    return $"'{type}=' is not a session-level line type.";
            }
        }

        private static string? AcceptMediaField(SdpMediaDescription section, char type, string value)
        {
            switch (type)
            {
                case 'i' when section.Information is null:
                    section.Information = value;
                    return null;
                case 'c' when SdpConnection.TryParse(value, out var connection):
                    section.Connections.Add(connection);
                    return null;
                case 'b' when SdpBandwidth.TryParse(value, out var bandwidth):
                    section.Bandwidths.Add(bandwidth);
                    return null;
                case 'k' when section.Key is null:
                    section.Key = value;
                    return null;
                case 'a' when value.Length > 0:
                    section.Attributes.Add(SdpAttribute.Parse(value));
                    return null;
                default:
                    return $"'{type}=' is repeated, malformed or not allowed in a media section.";
            }
        }

        private string? AcceptMediaLine(string value)
        {
            if (origin is null || sessionName is null)
            {
                return "an m= line comes before the o= and s= lines.";
            }

            var parts = value.Split(' ');
            if (parts.Length < 3 || parts[0].Length == 0 || parts[2].Length == 0 || parts.Skip(3).Any(f => f.Length == 0))
            {
                return "the m= line is malformed.";
            }

            var portText = parts[1];
            int? portCount = null;
            var slash = portText.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                if (!SdpNumbers.TryInt(portText.AsSpan(slash + 1), out var count))
                {
                    return "the m= port count is malformed.";
                }

                portCount = count;
                portText = portText[..slash];
            }

            if (!SdpNumbers.TryInt(portText, out var port) || port > 65535)
            {
                return "the m= port is malformed.";
            }

            media.Add(new SdpMediaDescription(parts[0], port, parts[2], parts[3..]) { PortCount = portCount });
            return null;
        }
    }
}
