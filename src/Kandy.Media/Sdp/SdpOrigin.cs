// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;

namespace Kandy.Media.Sdp;

/// <summary>The <c>o=</c> line (RFC 8866 §5.2).</summary>
/// <param name="UserName">The user name, <c>-</c> when unused.</param>
/// <param name="SessionId">The session id, kept as text because it is compared, never computed on (Kandy keys DTLS roles by it).</param>
/// <param name="SessionVersion">The session version, increased by every new offer or answer of the session.</param>
/// <param name="NetworkType">Normally <c>IN</c>.</param>
/// <param name="AddressType"><c>IP4</c> or <c>IP6</c>.</param>
/// <param name="Address">The originating address.</param>
public sealed record SdpOrigin(string UserName, string SessionId, ulong SessionVersion, string NetworkType, string AddressType, string Address)
{
    /// <summary>Parses the text after <c>o=</c>.</summary>
    /// <param name="text">The value.</param>
    /// <param name="origin">The origin when the text is well formed.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpOrigin? origin)
    {
        origin = null;
        var parts = text?.Split(' ');
        if (parts is not { Length: 6 } || !ulong.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        origin = new SdpOrigin(parts[0], parts[1], version, parts[3], parts[4], parts[5]);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{UserName} {SessionId} {SessionVersion} {NetworkType} {AddressType} {Address}");
}
