// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using Kandy.PowerShell.Eventing;

namespace Kandy.PowerShell.Completers;

/// <summary>Completes the SourceIdentifiers of the current Register-KandyEvent subscriptions.</summary>
public sealed class SourceIdentifierCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var events = Runspace.DefaultRunspace?.Events;
        if (events is null)
        {
            return [];
        }

        var ids = events.Subscribers.Where(s => s.SourceObject is KandyEventSource).Select(s => s.SourceIdentifier).ToList();
        return Completion.Matching(ids, wordToComplete);
    }
}
