// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Completers;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Unregister-KandyService: unsubscribes the session from services.</summary>
[Cmdlet(VerbsLifecycle.Unregister, "KandyService", SupportsShouldProcess = true)]
[OutputType(typeof(KandyService))]
public sealed class UnregisterKandyServiceCommand : KandySessionCmdlet
{
    /// <summary>The services to unsubscribe from.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Service")]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    public string[] Name { get; set; } = [];

    /// <summary>Write the services to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessSessionAsync(CancellationToken cancellationToken)
    {
        if (!await ShouldProcessAsync(CurrentSession.ToString(), $"Unsubscribe from {string.Join(", ", Name)}").ConfigureAwait(false))
        {
            return;
        }

        await CurrentSession.Client.UnsubscribeAsync(Name, cancellationToken).ConfigureAwait(false);
        if (PassThru)
        {
            foreach (var service in ServiceList.Of(CurrentSession).Where(s => ServiceList.Matches(s.Name, Name)))
            {
                Emit(service);
            }
        }
    }
}
