// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Configuration;

namespace Kandy.Core.Transports;

/// <summary>
/// The SDK's connection-attempt arithmetic (01-session.md §7.2): the first delay is the reconnect delay but at
/// least 2 s; after attempt <c>n</c> it becomes <c>min(D × M^n, L)</c> unless it already reached <c>L</c>.
/// Each attempt may take at most the current delay to open.
/// </summary>
internal sealed class ReconnectSchedule
{
    private static readonly TimeSpan Floor = TimeSpan.FromSeconds(2);
    private readonly KandyConnectivityOptions options;

    public ReconnectSchedule(KandyConnectivityOptions options)
    {
        this.options = options;
        Delay = options.ReconnectDelay > Floor ? options.ReconnectDelay : Floor;
    }

    /// <summary>Gets the current delay: the open timeout of the next attempt.</summary>
    public TimeSpan Delay { get; private set; }

    /// <summary>Gets how many attempts failed so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>Records a failed attempt.</summary>
    /// <param name="timedOut">Whether it failed by running out of time rather than by an error.</param>
    /// <param name="took">How long the attempt took.</param>
    /// <returns>How long to wait before the next attempt, or null to give up.</returns>
    public TimeSpan? Failed(bool timedOut, TimeSpan took)
    {
        Attempts++;
        if (options.ReconnectLimit > 0 && Attempts >= options.ReconnectLimit)
        {
            return null;
        }

        var remaining = timedOut ? TimeSpan.Zero : Delay - took;
        if (Delay != options.ReconnectTimeLimit)
        {
            var grown = options.ReconnectDelay.TotalMilliseconds * Math.Pow(options.ReconnectTimeMultiplier, Attempts);
            Delay = TimeSpan.FromMilliseconds(Math.Min(grown, options.ReconnectTimeLimit.TotalMilliseconds));
        }

        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    /// <summary>The SDK's message when the cycle gives up.</summary>
    public string FailureMessage(bool lastTimedOut) => lastTimedOut
        ? $"Websocket connection timed out. Tried {Attempts} times to connect."
        : "Could not connect to websocket. Received error on open.";
}
