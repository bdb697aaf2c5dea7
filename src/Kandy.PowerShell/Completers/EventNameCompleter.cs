// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Kandy.PowerShell.Eventing;

namespace Kandy.PowerShell.Completers;

/// <summary>Completes SDK event names (<c>call:receive</c>, <c>ws:change</c>...).</summary>
public sealed class EventNameCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completion.Matching(KandyEventNames.Known, wordToComplete);
}
