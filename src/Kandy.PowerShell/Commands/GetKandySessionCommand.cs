// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Completers;
using Kandy.PowerShell.Errors;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Get-KandySession: the open sessions of this runspace (user, server, services, socket state).</summary>
[Cmdlet(VerbsCommon.Get, "KandySession", DefaultParameterSetName = AllSet)]
[OutputType(typeof(KandySession))]
public sealed class GetKandySessionCommand : KandyCmdlet
{
    private const string AllSet = "All";
    private const string IdSet = "Id";
    private const string CurrentSet = "Current";

    /// <summary>Session ids to get.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(SessionIdCompleter))]
    public int[] Id { get; set; } = [];

    /// <summary>Only the session that cmdlets use when -Session is not given.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CurrentSet)]
    public SwitchParameter Current { get; set; }

    /// <inheritdoc />
    protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var sessions = SessionRegistry.InRunspace(CallerRunspaceId);
        switch (ParameterSetName)
        {
            case IdSet:
                foreach (var id in Id)
                {
                    var match = Array.Find(sessions, s => s.Id == id);
                    if (match is null)
                    {
                        EmitError(KandyErrors.Create(KandyErrors.SessionNotFound, $"There is no open session with id {id}.", id));
                    }
                    else
                    {
                        Emit(match);
                    }
                }

                break;
            case CurrentSet:
                if (SessionRegistry.Current(CallerRunspaceId) is { } current)
                {
                    Emit(current);
                }

                break;
            default:
                foreach (var session in sessions)
                {
                    Emit(session);
                }

                break;
        }

        return Task.CompletedTask;
    }
}
