// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using System.Text;

namespace Kandy.Media.Sdp;

/// <summary>Writes a <see cref="SdpMessage"/> in the field order of RFC 8866 §5, CRLF after every line.</summary>
internal static class SdpWriter
{
    /// <summary>Formats the whole description.</summary>
    internal static string Write(SdpMessage message)
    {
        var builder = new StringBuilder(1024);
        Line(builder, 'v', message.Version.ToString(CultureInfo.InvariantCulture));
        Line(builder, 'o', message.Origin.ToString());
        Line(builder, 's', message.SessionName);
        Optional(builder, 'i', message.Information);
        Optional(builder, 'u', message.Uri);
        foreach (var email in message.Emails)
        {
            Line(builder, 'e', email);
        }

        foreach (var phone in message.Phones)
        {
            Line(builder, 'p', phone);
        }

        Optional(builder, 'c', message.Connection?.ToString());
        foreach (var bandwidth in message.Bandwidths)
        {
            Line(builder, 'b', bandwidth.ToString());
        }

        foreach (var timing in message.Timings)
        {
            Line(builder, 't', timing.ToString());
            foreach (var repeat in timing.Repeats)
            {
                Line(builder, 'r', repeat);
            }
        }

        Optional(builder, 'z', message.TimeZones);
        Optional(builder, 'k', message.Key);
        Attributes(builder, message.Attributes);
        foreach (var media in message.Media)
        {
            WriteMedia(builder, media);
        }

        return builder.ToString();
    }

    /// <summary>Formats one media section.</summary>
    internal static void WriteMedia(StringBuilder builder, SdpMediaDescription media)
    {
        builder.Append("m=").Append(media.Media).Append(' ').Append(media.Port.ToString(CultureInfo.InvariantCulture));
        if (media.PortCount is { } count)
        {
            builder.Append('/').Append(count.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(' ').Append(media.Protocol);
        foreach (var format in media.Formats)
        {
            builder.Append(' ').Append(format);
        }

        builder.Append("\r\n");
        Optional(builder, 'i', media.Information);
        foreach (var connection in media.Connections)
        {
            Line(builder, 'c', connection.ToString());
        }

        foreach (var bandwidth in media.Bandwidths)
        {
            Line(builder, 'b', bandwidth.ToString());
        }

        Optional(builder, 'k', media.Key);
        Attributes(builder, media.Attributes);
    }

    private static void Attributes(StringBuilder builder, SdpAttributeList attributes)
    {
        foreach (var attribute in attributes)
        {
            Line(builder, 'a', attribute.ToString());
        }
    }

    private static void Optional(StringBuilder builder, char type, string? value)
    {
        if (value is not null)
        {
            Line(builder, type, value);
        }
    }

    private static void Line(StringBuilder builder, char type, string value) =>
        builder.Append(type).Append('=').Append(value).Append("\r\n");
}
