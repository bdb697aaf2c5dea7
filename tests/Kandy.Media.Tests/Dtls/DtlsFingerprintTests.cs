// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Security.Cryptography;
using Kandy.Media.Dtls;

namespace Kandy.Media.Tests.Dtls;

[Trait("Category", "unit")]
public sealed class DtlsFingerprintTests
{
    [Fact]
    public void DefaultCertificateIsMadeOnceAndFingerprintedWithSha256()
    {
        var first = DtlsCertificate.Default;

        Assert.Same(first, DtlsCertificate.Default);
        Assert.Equal("sha-256", first.Fingerprint.Algorithm);
        Assert.True(first.Fingerprint.Value.Span.SequenceEqual(SHA256.HashData(first.RawData.Span)));
        Assert.True(first.Fingerprint.Matches(first.RawData.Span));
    }

    [Fact]
    public void FormatsAsSdpAttributeValueAndParsesBack()
    {
        var fingerprint = DtlsCertificate.Default.Fingerprint;

        var text = fingerprint.ToString();

        Assert.Matches("^sha-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}$", text);
        Assert.Equal(fingerprint, DtlsFingerprint.Parse(text));
    }

    [Fact]
    public void ParsingAcceptsLowerCaseHexAndUpperCaseHashName()
    {
        var fingerprint = DtlsCertificate.Default.Fingerprint;
        var text = "SHA-256 " + fingerprint.ToString()[8..].ToLowerInvariant();

        Assert.Equal(fingerprint, DtlsFingerprint.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sha-256")]
    [InlineData("sha-256 AB:CD:G1")]
    [InlineData("sha-256 ABC:DE")]
    [InlineData("sha-256 AB CD")]
    public void MalformedTextIsRejected(string text)
    {
        Assert.False(DtlsFingerprint.TryParse(text, out _));
    }

    [Fact]
    public void AnotherCertificateDoesNotMatch()
    {
        var other = DtlsCertificate.Create(TimeProvider.System);

        Assert.False(DtlsCertificate.Default.Fingerprint.Matches(other.RawData.Span));
    }

    [Fact]
    public void UnknownHashNeverMatches()
    {
        var fingerprint = DtlsFingerprint.Parse("md5 AB:CD");

        Assert.False(fingerprint.Matches(DtlsCertificate.Default.RawData.Span));
    }
}
