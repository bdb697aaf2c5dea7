// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Threading.Channels;
using Kandy.Core.Logging;
using Microsoft.Extensions.Logging;

namespace Kandy.Core.Events;

/// <summary>
/// Delivers events one at a time, in the order they were posted, on a background task: like the SDK, which emits
/// after the state change in a later micro-task. Posting never blocks and never runs a handler under the caller's lock.
/// </summary>
internal sealed class EventBus : IAsyncDisposable
{
    private readonly Channel<Action> queue = Channel.CreateUnbounded<Action>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ILogger logger;
    private readonly Task pump;

    public EventBus(ILogger logger)
    {
        this.logger = logger;
        pump = Task.Run(PumpAsync);
    }

    /// <summary>Queues the raising of one event.</summary>
    /// <param name="raise">Invokes the handlers; each handler call must be guarded with <see cref="Invoke{TArgs}"/>.</param>
    public void Post(Action raise) => queue.Writer.TryWrite(raise);

    /// <summary>Calls every handler of <paramref name="handlers"/>, logging and swallowing each one's exception.</summary>
    public void Invoke<TArgs>(EventHandler<TArgs>? handlers, object sender, TArgs args, string name)
    {
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<EventHandler<TArgs>>())
        {
            try
            {
                handler(sender, args);
            }
#pragma warning disable CA1031 // A subscriber's bug must not stop the engine or the other subscribers.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.HandlerFailed(logger, name, ex);
            }
        }
    }

    /// <summary>Waits until everything posted so far was delivered.</summary>
    public Task DrainAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!queue.Writer.TryWrite(done.SetResult))
        {
            done.SetResult();
        }

        return done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await pump.ConfigureAwait(false);
    }

    private async Task PumpAsync()
    {
        await foreach (var raise in queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            raise();
        }
    }
}
