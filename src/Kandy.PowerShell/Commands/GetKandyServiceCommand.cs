// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Completers;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Get-KandyService: the Kandy Link services and whether the session is subscribed to each.</summary>
[Cmdlet(VerbsCommon.Get, "KandyService")]
[OutputType(typeof(KandyService))]
public sealed class GetKandyServiceCommand : KandySessionCmdlet
{
    /// <summary>Service names to get (wildcards allowed).</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    public string[] Name { get; set; } = ["*"];

    /// <summary>Only services the session is subscribed to.</summary>
    [Parameter]
    public SwitchParameter Subscribed { get; set; }

    /// <inheritdoc />
    protected override Task ProcessSessionAsync(CancellationToken cancellationToken)
    {
        foreach (var service in ServiceList.Of(CurrentSession))
        {
            if ((!Subscribed || service.Subscribed) && ServiceList.Matches(service.Name, Name))
            {
                Emit(service);
            }
        }

        return Task.CompletedTask;
    }
}
