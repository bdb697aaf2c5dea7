// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;

namespace Kandy.PowerShell.Completers;

/// <summary>Shared matching for the completers.</summary>
internal static class Completion
{
    /// <summary>The candidates that start with (or match the wildcard of) what was typed, quoted when needed.</summary>
    /// <param name="candidates">All values.</param>
    /// <param name="wordToComplete">What the user typed so far.</param>
    /// <returns>Completion results.</returns>
    public static IEnumerable<CompletionResult> Matching(IEnumerable<string> candidates, string wordToComplete)
    {
        var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        var pattern = new WildcardPattern(typed + "*", WildcardOptions.IgnoreCase);
        foreach (var candidate in candidates)
        {
            if (pattern.IsMatch(candidate))
            {
                var text = candidate.IndexOfAny([' ', ':', '$', '\'']) >= 0 ? $"'{candidate}'" : candidate;
                yield return new CompletionResult(text, candidate, CompletionResultType.ParameterValue, candidate);
            }
        }
    }
}
