// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections;
using System.Management.Automation;

namespace Kandy.PowerShell.Commands;

/// <summary>Reads <c>$PSVersionTable</c> of the caller's session.</summary>
internal static class PowerShellInfo
{
    /// <summary>The PowerShell version without its pre-release label.</summary>
    /// <param name="state">The caller's session state.</param>
    /// <returns>The version, or 0.0 when unknown.</returns>
    public static Version Version(SessionState state) =>
        Table(state)?["PSVersion"]?.ToString() is { } text && System.Version.TryParse(text.Split('-')[0], out var v) ? v : new Version(0, 0);

    /// <summary>The PowerShell edition.</summary>
    /// <param name="state">The caller's session state.</param>
    /// <returns>Core or Desktop.</returns>
    public static string Edition(SessionState state) => Table(state)?["PSEdition"]?.ToString() ?? "Core";

    private static Hashtable? Table(SessionState state) => state.PSVariable.GetValue("PSVersionTable") as Hashtable;
}
