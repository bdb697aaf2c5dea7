// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Security.Cryptography;
using System.Text;

namespace Kandy.Media.Stun;

/// <summary>Keys for MESSAGE-INTEGRITY (RFC 8489 §9.1.2 short-term, §9.2.2 long-term).</summary>
public static class StunCredentials
{
    /// <summary>The short-term key (ICE): the UTF-8 bytes of the prepared password.</summary>
    public static byte[] ShortTermKey(string password) => Encoding.UTF8.GetBytes(Prepare(password));

    /// <summary>The long-term key (TURN): MD5(username ":" realm ":" password), each prepared.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "RFC 8489 §9.2.2 defines the key with MD5.")]
    public static byte[] LongTermKey(string username, string realm, string password) =>
        MD5.HashData(Encoding.UTF8.GetBytes(Prepare(username) + ":" + Prepare(realm) + ":" + Prepare(password)));

    /// <summary>
    /// The subset of SASLprep / OpaqueString that matters for real credentials: characters "commonly mapped to
    /// nothing" (RFC 3454 B.1) are removed, non-ASCII spaces become U+0020, and the result is NFKC-normalised.
    /// </summary>
    public static string Prepare(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (IsMappedToNothing(c))
            {
                continue;
            }

            builder.Append(c != ' ' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator ? ' ' : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormKC);
    }

    private static bool IsMappedToNothing(char c) =>
        c is '\u00AD' or '\u034F' or '\u1806' or '\u180B' or '\u180C' or '\u180D' or '\u200B' or '\u200C' or '\u200D'
            or '\u2060' or '\uFEFF' || (c >= '\uFE00' && c <= '\uFE0F');
}
