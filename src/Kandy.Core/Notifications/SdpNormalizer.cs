// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.IO.Compression;
using System.Text.Json.Nodes;
using Kandy.Core.Rest;

namespace Kandy.Core.Notifications;

/// <summary>Step 2 of the intake (01-session.md §8.4): expands <c>compressed</c> SDP and fetches <c>url</c> SDP.</summary>
internal static class SdpNormalizer
{
    /// <summary>Rewrites <c>sessionParams.sdp</c> in place.</summary>
    /// <param name="message">The <c>notificationMessage</c>.</param>
    /// <param name="fetch">Fetches an SDP path; null when the fetch failed.</param>
    /// <param name="cancellationToken">Cancels a fetch.</param>
    /// <returns>False when the notification must be dropped (a failed fetch).</returns>
    public static async Task<bool> NormalizeAsync(JsonObject message, Func<string, CancellationToken, Task<string?>> fetch, CancellationToken cancellationToken)
    {
        if (message["sessionParams"] is not JsonObject session || StatusCodes.AsString(session["sdpFormat"]) is not { } format)
        {
            return true;
        }

        var sdp = StatusCodes.AsString(session["sdp"]);
        switch (format)
        {
            case "compressed" when sdp is not null:
                if (Inflate(sdp) is { } text)
                {
                    session["sdp"] = text;
                }

                return true;
            case "url" when sdp is not null:
                var fetched = await fetch(sdp, cancellationToken).ConfigureAwait(false);
                if (fetched is null)
                {
                    return false;
                }

                session["sdp"] = fetched;
                return true;
            default:
                return true;
        }
    }

    /// <summary>Base64 of zlib- or gzip-wrapped deflate data; each byte becomes one character, as in the SDK.</summary>
    internal static string? Inflate(string base64)
    {
        try
        {
            var data = Convert.FromBase64String(base64);
            using var input = new MemoryStream(data);
            using Stream inflater = data.Length > 1 && data[0] == 0x1f && data[1] == 0x8b
                ? new GZipStream(input, CompressionMode.Decompress)
                : new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            inflater.CopyTo(output);
            return string.Concat(output.ToArray().Select(b => (char)b));
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException)
        {
            return null;
        }
    }
}
