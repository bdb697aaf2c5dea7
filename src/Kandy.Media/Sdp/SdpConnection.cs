// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Sdp;

/// <summary>The <c>c=</c> line (RFC 8866 §5.7).</summary>
/// <param name="NetworkType">Normally <c>IN</c>.</param>
/// <param name="AddressType"><c>IP4</c> or <c>IP6</c>.</param>
/// <param name="Address">The connection address (with any multicast suffix, as written).</param>
public sealed record SdpConnection(string NetworkType, string AddressType, string Address)
{
    /// <summary>Gets the placeholder JSEP writes before candidates are known (RFC 8829 §5.2.1).</summary>
    public static SdpConnection Placeholder { get; } = new("IN", "IP4", "0.0.0.0");

    /// <summary>Parses the text after <c>c=</c>.</summary>
    /// <param name="text">The value.</param>
    /// <param name="connection">The connection when well formed.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdpConnection? connection)
    {
        var parts = text?.Split(' ');
        connection = parts is { Length: 3 } ? new SdpConnection(parts[0], parts[1], parts[2]) : null;
        return connection is not null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{NetworkType} {AddressType} {Address}";
}
