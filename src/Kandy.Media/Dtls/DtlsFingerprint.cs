// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;
using System.Security.Cryptography;

namespace Kandy.Media.Dtls;

/// <summary>A certificate fingerprint as carried by SDP <c>a=fingerprint</c>.</summary>
/// <remarks>RFC 8122 §5: hash function name, a space, then upper-case hex bytes separated by colons.</remarks>
public sealed class DtlsFingerprint : IEquatable<DtlsFingerprint>
{
    private readonly byte[] value;

    private DtlsFingerprint(string algorithm, byte[] value)
    {
        Algorithm = algorithm;
        this.value = value;
    }

    /// <summary>Gets the hash function name in lower case, e.g. <c>sha-256</c>.</summary>
    public string Algorithm { get; }

    /// <summary>Gets the digest bytes.</summary>
    public ReadOnlyMemory<byte> Value => value;

    /// <summary>Computes the fingerprint of a DER-encoded certificate.</summary>
    /// <param name="algorithm">A hash name of RFC 8122: sha-256, sha-384 or sha-512 (SHA-1 is refused as too weak).</param>
    /// <param name="derCertificate">The certificate.</param>
    /// <returns>The fingerprint.</returns>
    public static DtlsFingerprint Compute(string algorithm, ReadOnlySpan<byte> derCertificate)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        var name = algorithm.ToLowerInvariant();
        byte[] digest = name switch
        {
            "sha-256" => SHA256.HashData(derCertificate),
            "sha-384" => SHA384.HashData(derCertificate),
            "sha-512" => SHA512.HashData(derCertificate),
            _ => throw new ArgumentException($"Unsupported fingerprint hash '{algorithm}'.", nameof(algorithm)),
        };
        return new DtlsFingerprint(name, digest);
    }

    /// <summary>Parses the value of an <c>a=fingerprint</c> attribute.</summary>
    /// <param name="text">For example <c>sha-256 AB:CD:…</c>.</param>
    /// <param name="fingerprint">The result when the text is well formed.</param>
    /// <returns>Whether the text is well formed.</returns>
    public static bool TryParse(string? text, out DtlsFingerprint? fingerprint)
    {
        fingerprint = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return false;
        }

        var hex = parts[1].Split(':');
        var bytes = new byte[hex.Length];
        for (var i = 0; i < hex.Length; i++)
        {
            if (hex[i].Length != 2 || !byte.TryParse(hex[i], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bytes[i]))
            {
                return false;
            }
        }

        fingerprint = new DtlsFingerprint(parts[0].ToLowerInvariant(), bytes);
        return true;
    }

    /// <summary>Parses the value of an <c>a=fingerprint</c> attribute.</summary>
    /// <param name="text">For example <c>sha-256 AB:CD:…</c>.</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="FormatException">The text is not a fingerprint.</exception>
    public static DtlsFingerprint Parse(string text) =>
        TryParse(text, out var fingerprint) ? fingerprint! : throw new FormatException("Not an SDP fingerprint.");

    /// <summary>Checks whether a DER-encoded certificate has this fingerprint.</summary>
    /// <param name="derCertificate">The certificate the peer presented.</param>
    /// <returns>Whether the digests are equal.</returns>
    public bool Matches(ReadOnlySpan<byte> derCertificate)
    {
        DtlsFingerprint actual;
        try
        {
            actual = Compute(Algorithm, derCertificate);
        }
        catch (ArgumentException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(actual.value, value);
    }

    /// <inheritdoc/>
    public bool Equals(DtlsFingerprint? other) =>
        other is not null && Algorithm == other.Algorithm && value.AsSpan().SequenceEqual(other.value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DtlsFingerprint);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Algorithm, value.Length, value.Length > 0 ? value[0] : 0);

    /// <summary>Formats the fingerprint for <c>a=fingerprint</c>.</summary>
    /// <returns>For example <c>sha-256 AB:CD:…</c>.</returns>
    public override string ToString() => Algorithm + " " + Convert.ToHexString(value).Chunk(2).Aggregate(
        new System.Text.StringBuilder(value.Length * 3),
        (sb, pair) => (sb.Length > 0 ? sb.Append(':') : sb).Append(pair)).ToString();
}
