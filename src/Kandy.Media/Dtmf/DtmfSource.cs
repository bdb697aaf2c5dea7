// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtmf;

/// <summary>How a received digit reached us.</summary>
public enum DtmfSource
{
    /// <summary>As RFC 4733 telephone-event packets.</summary>
    Rfc4733,

    /// <summary>As tones in the audio, found by the in-band detector.</summary>
    InBand,
}
