// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Kandy.PowerShell.Completers;

/// <summary>Completes Kandy Link service names (call, IM, Presence).</summary>
public sealed class ServiceNameCompleter : IArgumentCompleter
{
    private static readonly string[] Names = ["call", "IM", "Presence"];

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completion.Matching(Names, wordToComplete);
}
