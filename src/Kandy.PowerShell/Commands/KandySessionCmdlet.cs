// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.PowerShell.Errors;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>
/// Base of cmdlets that talk to a server: adds <c>-Session</c>, which defaults to the most recent open session of
/// this runspace, and routes that session's engine log to this command's streams while it runs.
/// </summary>
public abstract class KandySessionCmdlet : KandyCmdlet
{
    private KandySession? _attached;

    /// <summary>The session to use; by default the most recent one opened by Connect-Kandy in this runspace.</summary>
    [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNull]
    public KandySession? Session { get; set; }

    /// <summary>The session this record works with (resolved in <see cref="ProcessRecordAsync"/>).</summary>
    protected KandySession CurrentSession { get; private set; } = null!;

    /// <summary>Resolves the session, then runs <see cref="ProcessSessionAsync"/>.</summary>
    /// <param name="cancellationToken">Cancelled on Ctrl+C.</param>
    /// <returns>A task that completes when the record is processed.</returns>
    protected sealed override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var session = Session ?? SessionRegistry.Current(CallerRunspaceId)
            ?? throw Fail(KandyErrors.Create(KandyErrors.NoSession, "There is no open Kandy session in this runspace.", null));
        if (!session.IsOpen)
        {
            throw Fail(KandyErrors.Create(KandyErrors.SessionClosed, $"Session {session.Id} ({session.UserName}) is disconnected.", session));
        }

        CurrentSession = session;
        Attach(session);
        return ProcessSessionAsync(cancellationToken);
    }

    /// <summary>The work for one input record, with <see cref="CurrentSession"/> resolved.</summary>
    /// <param name="cancellationToken">Cancelled on Ctrl+C.</param>
    /// <returns>A task that completes when the record is processed.</returns>
    protected abstract Task ProcessSessionAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _attached is not null)
        {
            _attached.Sink.Detach(this);
        }

        base.Dispose(disposing);
    }

    private void Attach(KandySession session)
    {
        if (ReferenceEquals(_attached, session))
        {
            return;
        }

        _attached?.Sink.Detach(this);
        session.Sink.Attach(this);
        _attached = session;
    }
}
