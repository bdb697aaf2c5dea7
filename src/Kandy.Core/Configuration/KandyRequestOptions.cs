// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Configuration;

/// <summary><c>config.request</c> (01-session.md §2.7).</summary>
public sealed class KandyRequestOptions
{
    /// <summary>Gets or sets a value indicating whether the <c>X-Cpaas-Agent</c> header is sent. Default true.</summary>
    public bool InjectAgentVersionHeader { get; set; } = true;

    /// <summary>Gets or sets a suffix appended to the agent header after one space, when non-empty.</summary>
    public string CustomAgentVersionHeaderSuffix { get; set; } = string.Empty;

    internal KandyRequestOptions Clone() => (KandyRequestOptions)MemberwiseClone();
}
