// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Management.Automation;
using Kandy.PowerShell.Errors;

namespace Kandy.PowerShell.Commands;

/// <summary>
/// Base of every Kandy cmdlet: the one bridge from PowerShell's synchronous pipeline to the async engine.
/// <see cref="ProcessRecordAsync"/> runs on the thread pool while the pipeline thread runs the queued
/// Write*, ShouldProcess and progress calls, because PowerShell accepts those only from its own thread.
/// Ctrl+C (StopProcessing) cancels the token.
/// </summary>
public abstract class KandyCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private BlockingCollection<PipelineAction>? _queue;
    private int _pipelineThread;

    /// <summary>The runspace the command runs in (read on the pipeline thread; worker threads have none).</summary>
    internal Guid CallerRunspaceId { get; private set; }

    /// <summary>Whether the Verbose stream of this command is shown (-Verbose or <c>$VerbosePreference</c>), read on the pipeline thread.</summary>
    internal bool VerboseWanted { get; private set; }

    /// <summary>Whether the Debug stream of this command is shown (-Debug or <c>$DebugPreference</c>), read on the pipeline thread.</summary>
    internal bool DebugWanted { get; private set; }

    /// <summary>Called by PowerShell when the pipeline ends.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the command holds.</summary>
    /// <param name="disposing"><c>true</c> when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stopping.Dispose();
        }
    }

    /// <summary>Runs once before the first input object; override <see cref="BeginProcessingAsync"/> instead.</summary>
    protected sealed override void BeginProcessing() => Run(BeginProcessingAsync);

    /// <summary>Runs once per input object; override <see cref="ProcessRecordAsync"/> instead.</summary>
    protected sealed override void ProcessRecord() => Run(ProcessRecordAsync);

    /// <summary>Runs once after the last input object; override <see cref="EndProcessingAsync"/> instead.</summary>
    protected sealed override void EndProcessing() => Run(EndProcessingAsync);

    /// <summary>Cancels the token the running phase got (Ctrl+C).</summary>
    protected override void StopProcessing() => _stopping.Cancel();

    /// <summary>Work done before the first input object, off the pipeline thread.</summary>
    /// <param name="cancellationToken">Cancelled on Ctrl+C.</param>
    /// <returns>A task that completes when the work is done.</returns>
    protected virtual Task BeginProcessingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Work done for each input object, off the pipeline thread.</summary>
    /// <param name="cancellationToken">Cancelled on Ctrl+C.</param>
    /// <returns>A task that completes when the work is done.</returns>
    protected virtual Task ProcessRecordAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Work done after the last input object, off the pipeline thread.</summary>
    /// <param name="cancellationToken">Cancelled on Ctrl+C.</param>
    /// <returns>A task that completes when the work is done.</returns>
    protected virtual Task EndProcessingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes an object to the pipeline from any thread.</summary>
    /// <param name="sendToPipeline">The object.</param>
    protected void Emit(object? sendToPipeline) => OnPipeline(() => WriteObject(sendToPipeline));

    /// <summary>Writes a non-terminating error from any thread.</summary>
    /// <param name="errorRecord">The error.</param>
    protected void EmitError(ErrorRecord errorRecord) => OnPipeline(() => WriteError(errorRecord));

    /// <summary>Writes a verbose message from any thread.</summary>
    /// <param name="text">The message.</param>
    protected void EmitVerbose(string text) => OnPipeline(() => WriteVerbose(text));

    /// <summary>Writes a debug message from any thread.</summary>
    /// <param name="text">The message.</param>
    protected void EmitDebug(string text) => OnPipeline(() => WriteDebug(text));

    /// <summary>Writes a warning from any thread.</summary>
    /// <param name="text">The message.</param>
    protected void EmitWarning(string text) => OnPipeline(() => WriteWarning(text));

    /// <summary>Writes a progress record from any thread.</summary>
    /// <param name="progressRecord">The progress.</param>
    protected void EmitProgress(ProgressRecord progressRecord) => OnPipeline(() => WriteProgress(progressRecord));

    /// <summary>Asks ShouldProcess (-WhatIf/-Confirm) on the pipeline thread and returns its answer.</summary>
    /// <param name="target">What is about to change.</param>
    /// <param name="action">What is about to happen to it.</param>
    /// <returns><c>true</c> when the change may go ahead.</returns>
    protected Task<bool> ShouldProcessAsync(string target, string action)
    {
        var answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        OnPipeline(() => answer.TrySetResult(ShouldProcess(target, action)), answer);
        return answer.Task;
    }

    /// <summary>Ends the command with an error, from any thread.</summary>
    /// <param name="errorRecord">The error.</param>
    /// <returns>Never returns; the return type lets callers write <c>throw Fail(...)</c>.</returns>
    protected static Exception Fail(ErrorRecord errorRecord) => new TerminatingErrorException(errorRecord);

    /// <summary>Runs <paramref name="action"/> on the pipeline thread: at once when already there, else queued.</summary>
    /// <param name="action">The call to make.</param>
    /// <param name="answer">A pending answer to cancel if the action cannot run.</param>
    internal void OnPipeline(Action action, TaskCompletionSource<bool>? answer = null)
    {
        if (!TryOnPipeline(action, answer))
        {
            // The command is over (or stopping): nobody can show this any more.
            answer?.TrySetCanceled(CancellationToken.None);
        }
    }

    /// <summary>Like <see cref="OnPipeline"/>, but says whether the action will run.</summary>
    /// <param name="action">The call to make.</param>
    /// <param name="answer">A pending answer to cancel if the action is dropped later.</param>
    /// <returns><c>false</c> when no command phase is running to take the action.</returns>
    internal bool TryOnPipeline(Action action, TaskCompletionSource<bool>? answer = null)
    {
        if (Environment.CurrentManagedThreadId == Volatile.Read(ref _pipelineThread))
        {
            action();
            return true;
        }

        var queue = Volatile.Read(ref _queue);
        return queue is not null && TryAdd(queue, new PipelineAction(action, answer));
    }

    private static bool TryAdd(BlockingCollection<PipelineAction> queue, PipelineAction item)
    {
        try
        {
            return queue.TryAdd(item);
        }
        catch (InvalidOperationException)
        {
            return false;   // adding completed
        }
    }

    private void Run(Func<CancellationToken, Task> body)
    {
        using var queue = new BlockingCollection<PipelineAction>();
        Volatile.Write(ref _pipelineThread, Environment.CurrentManagedThreadId);
        CallerRunspaceId = System.Management.Automation.Runspaces.Runspace.DefaultRunspace?.InstanceId ?? Guid.Empty;
        VerboseWanted = StreamWanted("Verbose", "VerbosePreference");
        DebugWanted = StreamWanted("Debug", "DebugPreference");
        Volatile.Write(ref _queue, queue);
        var work = Task.Run(
            async () =>
            {
                try
                {
                    await body(_stopping.Token).ConfigureAwait(false);
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None);

        Exception? pipelineFailure = Drain(queue);
        Volatile.Write(ref _queue, null);
        Volatile.Write(ref _pipelineThread, 0);

        if (pipelineFailure is not null)
        {
            // PipelineStoppedException from a Write*: let the worker finish, then let PowerShell see the stop.
            Observe(work);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(pipelineFailure).Throw();
        }

        Complete(work);
    }

    // The common parameter wins over the caller's preference variable; both are readable only on the pipeline thread.
    private bool StreamWanted(string commonParameter, string preferenceVariable)
    {
        if (MyInvocation.BoundParameters.TryGetValue(commonParameter, out var bound))
        {
            return bound is SwitchParameter flag ? flag.IsPresent : LanguagePrimitives.IsTrue(bound);
        }

        return LanguagePrimitives.TryConvertTo(GetVariableValue(preferenceVariable), out ActionPreference preference)
            && preference is not (ActionPreference.SilentlyContinue or ActionPreference.Ignore);
    }

    private Exception? Drain(BlockingCollection<PipelineAction> queue)
    {
        Exception? failure = null;
        foreach (var item in queue.GetConsumingEnumerable())
        {
            if (failure is not null)
            {
                item.Answer?.TrySetCanceled(CancellationToken.None);
                continue;
            }

            try
            {
                item.Action();
            }
            catch (Exception ex) when (ex is PipelineStoppedException or ActionPreferenceStopException)
            {
                failure = ex;
                item.Answer?.TrySetCanceled(CancellationToken.None);
                _stopping.Cancel();
            }
        }

        return failure;
    }

    private static void Observe(Task work)
    {
        try
        {
            work.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // The pipeline failure that caused the stop is the one the user needs to see.
        }
    }

    private void Complete(Task work)
    {
        try
        {
            work.GetAwaiter().GetResult();
        }
        catch (TerminatingErrorException ex)
        {
            ThrowTerminatingError(ex.ErrorRecord);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        catch (PipelineStoppedException)
        {
            throw;
        }
        catch (Exception ex) when (KandyErrors.IsEngineError(ex))
        {
            ThrowTerminatingError(KandyErrors.ToErrorRecord(ex, null));
        }
    }

    private sealed record PipelineAction(Action Action, TaskCompletionSource<bool>? Answer);

    /// <summary>Carries an ErrorRecord from the worker to the pipeline thread, which throws it as terminating.</summary>
    private sealed class TerminatingErrorException : Exception
    {
        public TerminatingErrorException(ErrorRecord errorRecord)
            : base(errorRecord.Exception.Message, errorRecord.Exception)
        {
            ErrorRecord = errorRecord;
        }

        public ErrorRecord ErrorRecord { get; }
    }
}
