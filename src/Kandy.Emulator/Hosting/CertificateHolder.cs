// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Hosting;

/// <summary>The PEM text of the HTTPS certificate, so clients can trust it; null without <c>--https</c>.</summary>
/// <param name="Pem">The certificate in PEM form.</param>
internal sealed record CertificateHolder(string? Pem);
