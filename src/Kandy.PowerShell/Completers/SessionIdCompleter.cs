// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Language;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Completers;

/// <summary>Completes the ids of this runspace's open sessions, showing their users.</summary>
public sealed class SessionIdCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        foreach (var session in SessionRegistry.InCurrentRunspace())
        {
            var id = session.Id.ToString(CultureInfo.InvariantCulture);
            if (id.StartsWith(wordToComplete ?? string.Empty, StringComparison.Ordinal))
            {
                yield return new CompletionResult(id, $"{id} {session.UserName}", CompletionResultType.ParameterValue, session.ToString());
            }
        }
    }
}
