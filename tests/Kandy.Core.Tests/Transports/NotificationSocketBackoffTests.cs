// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Configuration;
using Kandy.Core.Tests.Support;
using Kandy.Core.Transports;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kandy.Core.Tests.Transports;

/// <summary>The connect cycle of 01-session.md §7.2 against real loopback sockets, timed by a fake clock.</summary>
[Trait("Category", "Integration")]
public sealed class NotificationSocketBackoffTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(700);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
    private readonly SessionEventLog events = new();

    [Fact]
    public async Task RefusedAttemptsStartOneDelayApartAndGiveUpAtTheLimit()
    {
        using var server = SilentServer.Refusing();
        var (socket, starts) = NewSocket(new KandyConnectivityOptions { ReconnectDelay = TimeSpan.FromSeconds(3), ReconnectLimit = 4 });
        await using var _ = socket;

        var cycle = socket.ConnectAsync(() => server.WebSocketUri, CancellationToken.None);
        var error = await RunClockUntilAsync(cycle, TimeSpan.FromSeconds(30));

        Assert.NotNull(error);
        Assert.Equal(KandyErrorCode.WebSocketConnectionError, error.Code);
        Assert.Equal("Could not connect to websocket. Received error on open.", error.Message);
        AssertGaps(starts, [3, 3, 3]);
        Assert.Equal(["ws:change Connecting"], events.Entries);
    }

    [Fact]
    public async Task TimedOutAttemptsRetryAtOnceWithAGrowingTimeoutCappedByTheLimit()
    {
        using var server = SilentServer.Hanging();
        var (socket, starts) = NewSocket(new KandyConnectivityOptions
        {
            ReconnectDelay = TimeSpan.FromSeconds(3),
            ReconnectTimeMultiplier = 2,
            ReconnectTimeLimit = TimeSpan.FromSeconds(20),
            ReconnectLimit = 4,
        });
        await using var _ = socket;

        var began = clock.GetUtcNow();
        var cycle = socket.ConnectAsync(() => server.WebSocketUri, CancellationToken.None);
        var error = await RunClockUntilAsync(cycle, TimeSpan.FromSeconds(60));

        Assert.Equal("Websocket connection timed out. Tried 4 times to connect.", error?.Message);
        AssertGaps(starts, [3, 6, 12]);
        Assert.InRange((clock.GetUtcNow() - began).TotalSeconds, 41, 41 + (4 * Slack.TotalSeconds));
    }

    private (NotificationSocket Socket, List<DateTimeOffset> Starts) NewSocket(KandyConnectivityOptions connectivity)
    {
        var options = new KandyClientOptions { Connectivity = connectivity, TimeProvider = clock };
        var socket = new NotificationSocket(() => options, events, NullLoggerFactory.Instance);
        var starts = new List<DateTimeOffset>();
        socket.AttemptStarted += _ =>
        {
            lock (starts)
            {
                starts.Add(clock.GetUtcNow());
            }
        };
        return (socket, starts);
    }

    /// <summary>Moves the fake clock in small steps, giving the real sockets time to act between steps.</summary>
    private async Task<KandyException?> RunClockUntilAsync(Task<KandyException?> cycle, TimeSpan bound)
    {
        for (var moved = TimeSpan.Zero; !cycle.IsCompleted && moved < bound; moved += Step)
        {
            await Task.Delay(5);
            clock.Advance(Step);
        }

        return await cycle.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>
    /// Each gap between attempt starts is at least the expected delay; the upper bound allows for the clock moving on while
    /// a loaded machine runs the continuation that starts the next attempt.
    /// </summary>
    private static void AssertGaps(List<DateTimeOffset> starts, double[] expectedSeconds)
    {
        lock (starts)
        {
            var gaps = starts.Zip(starts.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
            Assert.Equal(expectedSeconds.Length, gaps.Count);
            foreach (var (gap, expected) in gaps.Zip(expectedSeconds))
            {
                Assert.InRange(gap, expected, expected + Slack.TotalSeconds);
            }
        }
    }
}
