// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtls;

/// <summary>A DTLS-SRTP association failed; <see cref="Error"/> says why.</summary>
public sealed class DtlsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">The failure kind.</param>
    /// <param name="message">A message without secrets.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public DtlsException(DtlsError error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
    }

    /// <summary>Gets the failure kind; <see cref="DtlsError.FingerprintMismatch"/> is a security error.</summary>
    public DtlsError Error { get; }

    /// <summary>Gets a value indicating whether the failure means the peer could not be authenticated.</summary>
    public bool IsSecurityError => Error is DtlsError.FingerprintMismatch or DtlsError.MissingCertificate;
}
