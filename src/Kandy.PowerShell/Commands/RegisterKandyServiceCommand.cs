// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Completers;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Register-KandyService: subscribes the session to more services.</summary>
[Cmdlet(VerbsLifecycle.Register, "KandyService", SupportsShouldProcess = true)]
[OutputType(typeof(KandyService))]
public sealed class RegisterKandyServiceCommand : KandySessionCmdlet
{
    /// <summary>The services to subscribe to.</summary>
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
        if (!await ShouldProcessAsync(CurrentSession.ToString(), $"Subscribe to {string.Join(", ", Name)}").ConfigureAwait(false))
        {
            return;
        }

        await CurrentSession.Client.SubscribeAsync(Name, null, cancellationToken).ConfigureAwait(false);
        if (PassThru)
        {
            foreach (var service in ServiceList.Of(CurrentSession).Where(s => ServiceList.Matches(s.Name, Name)))
            {
                Emit(service);
            }
        }
    }
}
