// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Get-KandyLogLevel: the log level of a session, or every level there is (-ListAvailable).</summary>
[Cmdlet(VerbsCommon.Get, "KandyLogLevel", DefaultParameterSetName = SessionSet)]
[OutputType(typeof(KandyLogLevel))]
public sealed class GetKandyLogLevelCommand : KandyCmdlet
{
    private const string SessionSet = "Session";
    private const string ListSet = "ListAvailable";

    /// <summary>The session; by default the current one.</summary>
    [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = SessionSet)]
    [ValidateNotNull]
    public KandySession? Session { get; set; }

    /// <summary>List every level, lowest first (the SDK's logger.levels).</summary>
    [Parameter(Mandatory = true, ParameterSetName = ListSet)]
    public SwitchParameter ListAvailable { get; set; }

    /// <inheritdoc />
    protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if (ListAvailable)
        {
            foreach (var level in Enum.GetValues<KandyLogLevel>())
            {
                Emit(level);
            }
        }
        else if ((Session ?? SessionRegistry.Current(CallerRunspaceId)) is { } session)
        {
            Emit(session.LogLevel);
        }
        else
        {
            throw Fail(Errors.KandyErrors.Create(Errors.KandyErrors.NoSession, "There is no open Kandy session in this runspace.", null));
        }

        return Task.CompletedTask;
    }
}
