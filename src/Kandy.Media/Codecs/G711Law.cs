// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Codecs;

/// <summary>The two companding laws of ITU-T G.711.</summary>
public enum G711Law
{
    /// <summary>µ-law, used in North America and Japan (PCMU).</summary>
    MuLaw,

    /// <summary>A-law, used elsewhere (PCMA).</summary>
    ALaw,
}
